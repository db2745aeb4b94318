package nl.onderwijsregio.workspace.analysis.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of an analysis document, defined in the file itself. The heading styles carry Word's built-in
 * names ("heading 1" …) and outline levels, so Word treats them as headings: in the navigation pane and in the table of
 * contents it builds when the TOC field is updated.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String QUOTE = "Quote";
    static final String CODE = "Code";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String FONT = "Calibri";
    static final String MONO = "Consolas";

    private DocxStyles() {}

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage("nl-NL");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);

        CTStyle normal = style(NORMAL, "Normal", STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.unsetBasedOn();
        normal.unsetNext();
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        normal.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
        add(styles, normal);

        add(styles, text(TITLE, "Title", 56, true, false, "1F3864"));
        add(styles, text(SUBTITLE, "Subtitle", 32, false, false, "404040"));
        CTStyle h1 = heading(HEADING_1, "heading 1", 0, 36);
        h1.getPPr().addNewPageBreakBefore();
        add(styles, h1);
        add(styles, heading(HEADING_2, "heading 2", 1, 28));
        add(styles, heading(HEADING_3, "heading 3", 2, 24));
        CTStyle tocHeading = text(TOC_HEADING, "TOC Heading", 32, true, false, "1F3864");
        tocHeading.getPPr().addNewPageBreakBefore();
        add(styles, tocHeading);
        add(styles, text(TOC_1, "toc 1", 22, false, false, null));

        CTStyle quote = text(QUOTE, "Quote", 22, false, true, "404040");
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        var border = quote.getPPr().addNewPBdr().addNewLeft();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(12));
        border.setSpace(BigInteger.valueOf(8));
        border.setColor("A6A6A6");
        add(styles, quote);

        CTStyle code = text(CODE, "Code", 20, false, false, null);
        code.getPPr().getSpacing().setAfter(BigInteger.ZERO);
        CTFonts mono = code.getRPr().addNewRFonts();
        mono.setAscii(MONO);
        mono.setHAnsi(MONO);
        add(styles, code);

        CTStyle list = text(LIST_PARAGRAPH, "List Paragraph", 22, false, false, null);
        list.getPPr().getSpacing().setAfter(BigInteger.valueOf(60));
        add(styles, list);
    }

    private static CTStyle heading(String id, String name, int outline, int halfPoints) {
        CTStyle style = text(id, name, halfPoints, true, false, "1F3864");
        style.getPPr().addNewKeepNext();
        style.getPPr().getSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 0 : 240));
        style.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        return style;
    }

    private static CTStyle text(String id, String name, int halfPoints, boolean bold, boolean italic, String color) {
        CTStyle style = style(id, name, STStyleType.PARAGRAPH);
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        return style;
    }

    private static CTStyle style(String id, String name, STStyleType.Enum type) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal(NORMAL);
        style.addNewNext().setVal(NORMAL);
        style.addNewQFormat();
        return style;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}

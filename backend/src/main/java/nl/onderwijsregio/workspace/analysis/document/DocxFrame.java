package nl.onderwijsregio.workspace.analysis.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * What surrounds the chapters in Word: A4 page, title page, table of contents, running header and the footer with
 * the page number. The title page has its own (empty) header and footer.
 */
final class DocxFrame {

    private DocxFrame() {}

    static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(
                margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(1418));
        }
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
    }

    static void titlePage(XWPFDocument doc, AnalysisDocument analysis) {
        XWPFParagraph space = doc.createParagraph();
        space.setSpacingBefore(3600);
        styled(doc, DocxStyles.TITLE, analysis.regionName());
        styled(doc, DocxStyles.SUBTITLE, analysis.edition());
        styled(doc, DocxStyles.NORMAL, DocumentTexts.versionLine(analysis));
        styled(doc, DocxStyles.NORMAL, DutchDates.longForm(analysis.date()));
    }

    /**
     * A TOC field that Word fills in when fields are updated (the document asks for that on opening), with the chapter
     * titles as its current result, so the list is there before anyone updates it.
     */
    static void tableOfContents(XWPFDocument doc, List<String> chapterTitles) {
        styled(doc, DocxStyles.TOC_HEADING, DocumentTexts.tableOfContents());
        XWPFParagraph first = doc.createParagraph();
        first.setStyle(DocxStyles.TOC_1);
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = first.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFParagraph last = first;
        for (int i = 0; i < chapterTitles.size(); i++) {
            XWPFParagraph line = i == 0 ? first : doc.createParagraph();
            line.setStyle(DocxStyles.TOC_1);
            line.createRun().setText(chapterTitles.get(i));
            last = line;
        }
        last.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void headerAndFooter(XWPFDocument doc, AnalysisDocument analysis) {
        doc.createHeader(HeaderFooterType.FIRST);
        doc.createFooter(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph running = header.createParagraph();
        running.setAlignment(ParagraphAlignment.RIGHT);
        small(running.createRun()).setText(DocumentTexts.running(analysis));

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph page = footer.createParagraph();
        page.setAlignment(ParagraphAlignment.CENTER);
        small(page.createRun()).setText(DocumentTexts.page());
        CTSimpleField field = page.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
    }

    private static XWPFRun small(XWPFRun run) {
        run.setFontSize(9);
        run.setColor("595959");
        return run;
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }
}

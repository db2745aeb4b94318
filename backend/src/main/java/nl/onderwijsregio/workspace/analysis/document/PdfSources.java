package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;

/** The Bronnenverantwoording in the PDF: per theme a heading, a table of the sources used and what was not used. */
final class PdfSources {

    private static final float[] WIDTHS = {6, 3, 2, 2, 2, 3, 3};

    private PdfSources() {}

    static void write(SourceAccount account, Consumer<Element> out) {
        if (account.groups().isEmpty()) {
            out.accept(new Paragraph(DocumentTexts.noSources(), PdfFonts.TEXT));
            return;
        }
        for (SourceGroup group : account.groups()) {
            Paragraph heading = new Paragraph(group.theme(), PdfFonts.HEADING_2);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            out.accept(heading);
            if (group.used().isEmpty()) {
                out.accept(new Paragraph(DocumentTexts.noneUsedInTheme(), PdfFonts.TEXT));
            } else {
                out.accept(PdfTables.of(
                        DocumentTexts.sourceColumns(),
                        group.used().stream().map(DocumentTexts::cells).toList(),
                        WIDTHS));
            }
            if (!group.notUsed().isEmpty()) {
                out.accept(new Paragraph(DocumentTexts.notUsed(), PdfFonts.TEXT));
                List list = new List(List.UNORDERED, 12);
                list.setListSymbol(new Chunk("•  ", PdfFonts.TEXT));
                group.notUsed().forEach(source -> list.add(new ListItem(source, PdfFonts.TEXT)));
                out.accept(list);
            } else if (!SourceAccounts.OTHER.equals(group.theme())) {
                out.accept(new Paragraph(DocumentTexts.allUsed(), PdfFonts.TEXT));
            }
        }
    }
}

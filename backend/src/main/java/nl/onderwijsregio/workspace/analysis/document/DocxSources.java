package nl.onderwijsregio.workspace.analysis.document;

import java.math.BigInteger;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The Bronnenverantwoording in Word: per theme a heading, a table of the sources used and what was not used. */
final class DocxSources {

    private DocxSources() {}

    static void write(XWPFDocument doc, DocxNumbering numbering, SourceAccount account) {
        if (account.groups().isEmpty()) {
            text(doc, DocumentTexts.noSources());
            return;
        }
        for (SourceGroup group : account.groups()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle(DocxStyles.HEADING_2);
            heading.createRun().setText(group.theme());
            if (group.used().isEmpty()) {
                text(doc, DocumentTexts.noneUsedInTheme());
            } else {
                List<List<String>> rows =
                        group.used().stream().map(DocumentTexts::cells).toList();
                DocxTables.write(doc, DocumentTexts.sourceColumns(), rows);
            }
            if (!group.notUsed().isEmpty()) {
                text(doc, DocumentTexts.notUsed());
                BigInteger list = numbering.newList(false, 0, 1);
                for (String source : group.notUsed()) {
                    XWPFParagraph item = doc.createParagraph();
                    item.setStyle(DocxStyles.LIST_PARAGRAPH);
                    item.setNumID(list);
                    item.setNumILvl(BigInteger.ZERO);
                    item.createRun().setText(source);
                }
            } else if (!SourceAccounts.OTHER.equals(group.theme())) {
                text(doc, DocumentTexts.allUsed());
            }
        }
    }

    private static void text(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}

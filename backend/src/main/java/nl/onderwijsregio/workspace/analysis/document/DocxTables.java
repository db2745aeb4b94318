package nl.onderwijsregio.workspace.analysis.document;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

/**
 * Word tables: from a Markdown table, and the plain-text tables of the source account. The header row repeats on every
 * page the table spans and is bold.
 */
final class DocxTables {

    private static final String HEADER_FILL = "E7ECF3";

    private DocxTables() {}

    /** A Markdown (GFM) table; its rows are the {@link TableRow}s below the block, the first one the header. */
    static void write(XWPFDocument doc, Node tableBlock) {
        List<List<TableCell>> rows = ChapterMarkdown.rows(tableBlock);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        XWPFTable table = create(doc, rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = rows.get(r);
            boolean header = !cells.isEmpty() && cells.getFirst().isHeader();
            XWPFTableRow row = table.getRow(r);
            if (header) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (header) {
                    cell.setColor(HEADER_FILL);
                }
                DocxInlines.write(cell.getParagraphs().getFirst(), cells.get(c), header);
            }
        }
        spaceAfter(doc);
    }

    /** A table of plain texts with a header row. */
    static void write(XWPFDocument doc, List<String> header, List<List<String>> body) {
        XWPFTable table = create(doc, body.size() + 1, header.size());
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            cell.setColor(HEADER_FILL);
            text(cell, header.get(c)).setBold(true);
        }
        for (int r = 0; r < body.size(); r++) {
            List<String> cells = body.get(r);
            for (int c = 0; c < cells.size(); c++) {
                text(table.getRow(r + 1).getCell(c), cells.get(c));
            }
        }
        spaceAfter(doc);
    }

    private static XWPFTable create(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth("100%");
        return table;
    }

    private static XWPFRun text(XWPFTableCell cell, String text) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        return run;
    }

    /** Word glues a following paragraph to the table; an empty paragraph gives it air. */
    private static void spaceAfter(XWPFDocument doc) {
        doc.createParagraph();
    }
}

package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

/** PDF tables: from a Markdown table, and the plain-text tables of the source account. The header row repeats. */
final class PdfTables {

    private static final Color HEADER_FILL = new Color(0xE7, 0xEC, 0xF3);

    private PdfTables() {}

    /** A Markdown (GFM) table block. */
    static PdfPTable of(Node tableBlock) {
        List<List<TableCell>> rows = ChapterMarkdown.rows(tableBlock);
        int columns = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
        PdfPTable table = table(columns);
        int headers = 0;
        for (List<TableCell> row : rows) {
            boolean header = !row.isEmpty() && row.getFirst().isHeader();
            headers += header ? 1 : 0;
            for (int c = 0; c < columns; c++) {
                Phrase phrase = c < row.size()
                        ? PdfInlines.write(new Phrase(), row.get(c), header ? PdfFonts.TABLE_HEADER : PdfFonts.TABLE)
                        : new Phrase("");
                table.addCell(cell(phrase, header, c < row.size() ? row.get(c).getAlignment() : null));
            }
        }
        table.setHeaderRows(headers);
        return table;
    }

    /** A table of plain texts with a header row; {@code widths} relative. */
    static PdfPTable of(List<String> header, List<List<String>> body, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        style(table);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(cell(new Phrase(h, PdfFonts.TABLE_HEADER), true, null)));
        body.forEach(row -> row.forEach(text -> table.addCell(cell(new Phrase(text, PdfFonts.TABLE), false, null))));
        return table;
    }

    /** The table's rows as lines of text, for places a table cannot go (inside a list item). */
    static String asText(Node tableBlock) {
        List<List<TableCell>> rows = ChapterMarkdown.rows(tableBlock);
        StringBuilder text = new StringBuilder();
        for (List<TableCell> row : rows) {
            text.append(String.join(" | ", row.stream().map(PlainText::of).toList()))
                    .append('\n');
        }
        return text.toString().strip();
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        style(table);
        return table;
    }

    private static void style(PdfPTable table) {
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
    }

    private static PdfPCell cell(Phrase phrase, boolean header, TableCell.Alignment alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(3);
        if (header) {
            cell.setBackgroundColor(HEADER_FILL);
        }
        cell.setHorizontalAlignment(
                alignment == TableCell.Alignment.RIGHT
                        ? Element.ALIGN_RIGHT
                        : alignment == TableCell.Alignment.CENTER ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        return cell;
    }
}

package nl.onderwijsregio.workspace.priorities;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.export.Table;
import org.jspecify.annotations.Nullable;

/** Lays a comparison out as a landscape A4 PDF: similarity, the theme × region matrix, the priorities per region. */
final class ComparisonPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Color SHARED = new Color(0xD6, 0xEF, 0xDD);
    private static final Color GAP = new Color(0xFD, 0xEB, 0xD0);

    private ComparisonPdf() {}

    static byte[] render(Comparison comparison) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(t("priorities.pdf.title"));
        document.open();
        document.add(new Paragraph(t("priorities.pdf.title"), TITLE));
        document.add(new Paragraph(
                t(
                        "priorities.pdf.regions",
                        comparison.regions().stream().map(ComparedRegion::name).collect(Collectors.joining(", "))),
                TEXT));
        if (!comparison.similarities().isEmpty()) {
            document.add(new Paragraph(t("priorities.pdf.similarity"), HEADING));
            document.add(new Paragraph(t("priorities.pdf.similarity.help"), TEXT));
            for (Comparison.Similarity s : comparison.similarities()) {
                document.add(new Paragraph(
                        t(
                                "priorities.pdf.similarity.line",
                                s.region().name(),
                                s.percent(),
                                s.sharedTopics().size(),
                                s.union()),
                        TEXT));
            }
        }
        document.add(new Paragraph(t("priorities.pdf.matrix"), HEADING));
        document.add(matrix(comparison));
        for (Comparison.Column column : comparison.columns()) {
            document.add(new Paragraph(column.region().name(), HEADING));
            document.add(priorities(column.priorities()));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable matrix(Comparison comparison) {
        PdfPTable table = new PdfPTable(comparison.columns().size() + 2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        header(table, t("priorities.pdf.sub-theme"));
        comparison.regions().forEach(r -> header(table, r.name()));
        header(table, t("priorities.pdf.shared"));
        for (Comparison.MatrixRow row : comparison.matrix()) {
            @Nullable Color background = row.shared() ? SHARED : row.gap() ? GAP : null;
            cell(table, row.topic().label(), background);
            for (ComparedRegion region : comparison.regions()) {
                cell(
                        table,
                        row.positionsOf(region.id()).stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(", ")),
                        background);
            }
            cell(
                    table,
                    row.shared() ? t("priorities.pdf.cell.shared") : row.gap() ? t("priorities.pdf.cell.gap") : "",
                    background);
        }
        return table;
    }

    private static PdfPTable priorities(List<Priority> priorities) {
        PdfPTable table = new PdfPTable(new float[] {1, 8, 5, 3, 3, 6});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        List.of("rank", "title", "theme", "period", "status", "indicator")
                .forEach(h -> header(table, t("priorities.pdf.column." + h)));
        for (int i = 0; i < priorities.size(); i++) {
            Priority p = priorities.get(i);
            cell(table, String.valueOf(i + 1), null);
            cell(table, p.published() ? p.title() : t("priorities.pdf.draft", p.title()), null);
            cell(table, p.topic().label(), null);
            cell(table, p.period(), null);
            cell(table, p.status().label(Table.language()), null);
            String indicator = p.indicatorWithTarget();
            cell(table, indicator == null ? "" : indicator, null);
        }
        if (priorities.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(t("priorities.pdf.none"), TEXT));
            none.setColspan(6);
            table.addCell(none);
        }
        return table;
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, @Nullable Color color) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        if (color != null) {
            cell.setBackgroundColor(color);
        }
        table.addCell(cell);
    }

    /** A text of the comparison in the language of the request (Dutch without one). */
    private static String t(String key, Object... args) {
        return Table.text(key, args);
    }
}

package nl.onderwijsregio.workspace.priorities;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A comparison of priorities for the region's report: CSV (one row per priority; semicolons, UTF-8 with BOM,
 * formula-safe, as Dutch spreadsheets expect) and PDF (similarity, the theme matrix, the priorities per region).
 */
@Service
public class PriorityExport {

    private static final List<Column> COLUMNS = List.of(
            new Column("Regio", r -> r.column().region().name()),
            new Column("Rang", r -> String.valueOf(r.position())),
            new Column("Titel", r -> r.priority().title()),
            new Column("Thema", r -> r.priority().theme().label()),
            new Column("Subthema", r -> r.priority().subTheme().label()),
            new Column("Sectoren", r -> r.priority().sectors().stream().map(Sector::label)
                    .collect(Collectors.joining(", "))),
            new Column("Periode", r -> r.priority().period()),
            new Column("Status", r -> r.priority().status().label()),
            new Column("Gepubliceerd", r -> r.priority().published() ? "ja" : "nee (concept)"),
            new Column("Indicator", r -> r.priority().indicator()),
            new Column("Streefwaarde", r -> r.priority().targetValue()),
            new Column("Gedeeld subthema", r -> r.shared() ? "ja" : "nee"));

    public byte[] csv(Comparison comparison) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", COLUMNS.stream().map(Column::header).toList())).append("\r\n");
        for (Row row : rows(comparison)) {
            List<String> cells = new ArrayList<>();
            for (Column column : COLUMNS) {
                cells.add(quote(column.value().apply(row)));
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(Comparison comparison) {
        return ComparisonPdf.render(comparison);
    }

    private static List<Row> rows(Comparison comparison) {
        Set<PrioritySubTheme> shared = comparison.matrix().stream().filter(Comparison.MatrixRow::shared)
                .map(Comparison.MatrixRow::subTheme).collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        for (Comparison.Column column : comparison.columns()) {
            for (int i = 0; i < column.priorities().size(); i++) {
                Priority p = column.priorities().get(i);
                rows.add(new Row(column, i + 1, p, shared.contains(p.subTheme())));
            }
        }
        return rows;
    }

    /** Quotes every cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    static String quote(@Nullable String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private record Row(Comparison.Column column, int position, Priority priority, boolean shared) {
    }

    private record Column(String header, Function<Row, @Nullable String> value) {
    }
}

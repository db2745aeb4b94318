package nl.onderwijsregio.workspace.priorities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.export.Table.Column;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Topic;
import org.springframework.stereotype.Service;

/**
 * A comparison of priorities for the region's report: CSV (one row per priority; semicolons, UTF-8 with BOM,
 * formula-safe, as Dutch spreadsheets expect) and PDF (similarity, the theme matrix, the priorities per region).
 */
@Service
public class PriorityExport {

    private static final List<Column<Row>> COLUMNS = List.of(
            new Column<Row>("export.header.regio", r -> r.column().region().name()),
            new Column<>("export.header.rang", r -> String.valueOf(r.position())),
            new Column<>("export.header.titel", r -> r.priority().title()),
            new Column<>("export.header.thema", r -> r.priority().theme().label()),
            new Column<>(
                    "export.header.subthema",
                    r -> r.priority().subTheme() == null
                            ? ""
                            : r.priority().subTheme().label()),
            new Column<>(
                    "export.header.sectoren",
                    r -> r.priority().sectors().stream().map(Sector::label).collect(Collectors.joining(", "))),
            new Column<>("export.header.periode", r -> r.priority().period()),
            new Column<>("export.header.status", r -> r.priority().status().label(Table.language())),
            new Column<>(
                    "export.header.gepubliceerd",
                    r -> r.priority().published() ? Table.text("export.yes") : Table.text("export.no.draft")),
            new Column<>("export.header.indicator", r -> r.priority().indicator()),
            new Column<>("export.header.streefwaarde", r -> r.priority().targetValue()),
            new Column<>(
                    "export.header.gedeeld-subthema",
                    r -> r.shared() ? Table.text("export.yes") : Table.text("export.no")));

    public byte[] csv(Comparison comparison) {
        return Spreadsheets.csv(Table.of("prioriteiten-vergelijking", rows(comparison), COLUMNS));
    }

    public byte[] pdf(Comparison comparison) {
        return ComparisonPdf.render(comparison);
    }

    private static List<Row> rows(Comparison comparison) {
        Set<Topic> shared = comparison.matrix().stream()
                .filter(Comparison.MatrixRow::shared)
                .map(Comparison.MatrixRow::topic)
                .collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        for (Comparison.Column column : comparison.columns()) {
            for (int i = 0; i < column.priorities().size(); i++) {
                Priority p = column.priorities().get(i);
                rows.add(new Row(column, i + 1, p, shared.contains(p.topic())));
            }
        }
        return rows;
    }

    private record Row(Comparison.Column column, int position, Priority priority, boolean shared) {}
}

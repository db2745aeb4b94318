package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.ComparedRegion;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.shell.EChart;
import nl.onderwijsregio.workspace.themes.Theme;

/**
 * The number of priorities per theme and region as an ECharts bar chart (the library is a static webjar, no
 * frontend build) and, for screen readers and without JavaScript, the same numbers as a table.
 */
class ThemeChart extends Div {

    ThemeChart(Comparison comparison) {
        addClassName("priority-chart");
        EChart canvas = new EChart(option(comparison), getTranslation("priorities.chart.aria", summary(comparison)));
        canvas.setId("priority-chart");
        canvas.addClassName("priority-chart-canvas");
        add(canvas, table(comparison));
    }

    private Grid<Theme> table(Comparison comparison) {
        Grid<Theme> table = new Grid<>();
        table.setId("priority-chart-table");
        table.addColumn(Theme::label).setHeader(getTranslation("priorities.chart.theme"));
        for (ComparedRegion region : comparison.regions()) {
            table.addColumn(theme -> comparison.perTheme().get(theme).getOrDefault(region.id(), 0))
                    .setHeader(region.name())
                    .setKey(region.id());
        }
        table.setItems(comparison.perTheme().keySet());
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("priorities.chart.table"));
        return table;
    }

    private static String summary(Comparison comparison) {
        return comparison.regions().stream()
                .map(r -> r.name() + ": "
                        + comparison.perTheme().entrySet().stream()
                                .map(e ->
                                        e.getKey().label() + " " + e.getValue().getOrDefault(r.id(), 0))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** The ECharts option as JSON: one bar series per region over the themes. */
    static String option(Comparison comparison) {
        List<String> series = new ArrayList<>();
        for (ComparedRegion region : comparison.regions()) {
            String data = comparison.perTheme().values().stream()
                    .map(m -> String.valueOf(m.getOrDefault(region.id(), 0)))
                    .collect(Collectors.joining(","));
            series.add("{\"type\":\"bar\",\"name\":" + quote(region.name()) + ",\"data\":[" + data + "]}");
        }
        String themes = comparison.perTheme().keySet().stream()
                .map(t -> quote(t.label()))
                .collect(Collectors.joining(","));
        return "{\"aria\":{\"enabled\":true},\"tooltip\":{},\"legend\":{\"top\":0},"
                + "\"grid\":{\"top\":40,\"left\":40,\"right\":10,\"bottom\":30},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + themes + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":[" + String.join(",", series) + "]}";
    }

    private static String quote(String text) {
        return EChart.quote(text);
    }
}

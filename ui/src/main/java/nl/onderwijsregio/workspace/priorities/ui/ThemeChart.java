package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.ComparedRegion;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.priorities.PriorityTheme;

/**
 * The number of priorities per ABC theme and region as an ECharts bar chart (the library is a static webjar, no
 * frontend build) and, for screen readers and without JavaScript, the same numbers as a table.
 */
class ThemeChart extends Div {

    static final String ECHARTS = "context://webjars/echarts/5.3.1/dist/echarts.min.js";
    private final Div canvas = new Div();
    private final String option;

    ThemeChart(Comparison comparison) {
        addClassName("priority-chart");
        canvas.setId("priority-chart");
        canvas.addClassName("priority-chart-canvas");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", getTranslation("priorities.chart.aria", summary(comparison)));
        option = option(comparison);
        add(canvas, table(comparison));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(ECHARTS);
        canvas.getElement().executeJs("""
                const el = this, option = JSON.parse($0);
                const draw = (tries) => {
                  if (!window.echarts) { if (tries > 0) setTimeout(() => draw(tries - 1), 100); return; }
                  (echarts.getInstanceByDom(el) || echarts.init(el)).setOption(option, true);
                };
                draw(100);""", option);
    }

    private Grid<PriorityTheme> table(Comparison comparison) {
        Grid<PriorityTheme> table = new Grid<>();
        table.setId("priority-chart-table");
        table.addColumn(PriorityTheme::label).setHeader(getTranslation("priorities.chart.theme"));
        for (ComparedRegion region : comparison.regions()) {
            table.addColumn(theme -> comparison.perTheme().get(theme).getOrDefault(region.id(), 0))
                    .setHeader(region.name()).setKey(region.id());
        }
        table.setItems(PriorityTheme.values());
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("priorities.chart.table"));
        return table;
    }

    private static String summary(Comparison comparison) {
        return comparison.regions().stream().map(r -> r.name() + ": " + comparison.perTheme().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue().getOrDefault(r.id(), 0))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
    }

    /** The ECharts option as JSON: one bar series per region over the themes. */
    static String option(Comparison comparison) {
        List<String> series = new ArrayList<>();
        for (ComparedRegion region : comparison.regions()) {
            String data = comparison.perTheme().values().stream().map(m -> String.valueOf(m.getOrDefault(region.id(),
                    0))).collect(Collectors.joining(","));
            series.add("{\"type\":\"bar\",\"name\":" + quote(region.name()) + ",\"data\":[" + data + "]}");
        }
        String themes = comparison.perTheme().keySet().stream().map(t -> quote(t.label()))
                .collect(Collectors.joining(","));
        return "{\"aria\":{\"enabled\":true},\"tooltip\":{},\"legend\":{\"top\":0},"
                + "\"grid\":{\"top\":40,\"left\":40,\"right\":10,\"bottom\":30},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + themes + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":[" + String.join(",", series) + "]}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

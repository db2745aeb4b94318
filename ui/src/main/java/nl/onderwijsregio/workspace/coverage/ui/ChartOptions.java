package nl.onderwijsregio.workspace.coverage.ui;

import static nl.onderwijsregio.workspace.shell.EChart.quote;

import java.util.List;
import java.util.stream.Collectors;

/** ECharts options as JSON for the overview's bar and line charts, in the product colours. */
final class ChartOptions {

    private static final String COLOURS = "[\"#154273\",\"#b35900\",\"#2e7d43\",\"#6b4c9a\"]";

    /** One named row of numbers over the categories. */
    record Series(String name, List<Integer> values) {}

    private ChartOptions() {}

    /** Vertical bars (stacked if asked) or, with {@code line}, lines over the categories. */
    static String columns(List<String> categories, List<Series> series, boolean stacked, boolean line) {
        return "{\"aria\":{\"enabled\":true},\"animation\":false,\"color\":" + COLOURS
                + ",\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"top\":0},\"grid\":{\"top\":40,\"left\":50,\"right\":20,\"bottom\":60},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + strings(categories)
                + ",\"axisLabel\":{\"interval\":0,\"rotate\":" + (categories.size() > 6 ? 30 : 0) + "}},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":"
                + series(series, line ? "line" : "bar", stacked) + "}";
    }

    /** Horizontal bars, for long category names. */
    static String bars(List<String> categories, List<Series> series) {
        return "{\"aria\":{\"enabled\":true},\"animation\":false,\"color\":" + COLOURS
                + ",\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"top\":0},\"grid\":{\"top\":40,\"left\":10,\"right\":30,\"bottom\":20,"
                + "\"containLabel\":true},\"yAxis\":{\"type\":\"category\",\"inverse\":true,\"data\":"
                + strings(categories) + "},\"xAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":"
                + series(series, "bar", false) + "}";
    }

    private static String series(List<Series> series, String type, boolean stacked) {
        return series.stream()
                .map(s -> "{\"type\":\"" + type + "\",\"name\":" + quote(s.name())
                        + (stacked ? ",\"stack\":\"total\"" : "") + ",\"data\":["
                        + s.values().stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> quote(v)).collect(Collectors.joining(",", "[", "]"));
    }
}

package nl.onderwijsregio.workspace.coverage.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.coverage.AnalysisProgress;
import nl.onderwijsregio.workspace.coverage.CoverageCell;
import org.jspecify.annotations.Nullable;

/**
 * The measures of the national map, per region: the share of catalogue themes with register entries, the closed data
 * received, and the analysis status. Each value falls in one of five classes, drawn from light to dark.
 */
final class RegionMap {

    static final String[] CLASS_FILLS = {"#f1f5fb", "#c6dbef", "#6baed6", "#2f7ebc", "#08457e"};
    static final String NO_REGION_FILL = "#d9d9d9";

    private RegionMap() {}

    enum Measure {
        DEKKING,
        ONTVANGEN,
        ANALYSE;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Measure of(@Nullable String key) {
            for (Measure m : values()) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
            return DEKKING;
        }
    }

    /** A region's value for a measure: a number (percent, count, or analysis step 0–3) and its class 0–4. */
    record Value(int number, int step) {}

    static Map<String, Value> values(Measure measure, List<CoverageCell> matrix, List<AnalysisProgress> analyses) {
        Map<String, Value> values = new HashMap<>();
        switch (measure) {
            case DEKKING -> {
                Map<String, int[]> themes = new HashMap<>();
                for (CoverageCell cell : matrix) {
                    int[] counts = themes.computeIfAbsent(cell.regionId(), k -> new int[2]);
                    if (cell.themeEntries() > 0) {
                        counts[0]++;
                        counts[1] += cell.registered() > 0 ? 1 : 0;
                    }
                }
                themes.forEach((region, c) -> {
                    int percent = c[0] == 0 ? 0 : Math.round(100f * c[1] / c[0]);
                    values.put(region, new Value(percent, Math.min(4, percent / 20)));
                });
            }
            case ONTVANGEN -> {
                Map<String, Integer> received = new HashMap<>();
                matrix.forEach(cell -> received.merge(cell.regionId(), cell.received(), Integer::sum));
                received.forEach((region, n) -> values.put(region, new Value(n, n == 0 ? 0 : Math.min(4, 1 + n / 3))));
            }
            case ANALYSE ->
                analyses.forEach(a -> {
                    int step = a.status() == null ? 0 : a.status().ordinal() + 1;
                    values.put(a.regionId(), new Value(step, Math.min(4, step == 0 ? 0 : step + 1)));
                });
        }
        return values;
    }
}

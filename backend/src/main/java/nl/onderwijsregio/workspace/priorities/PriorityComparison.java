package nl.onderwijsregio.workspace.priorities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.priorities.Comparison.Column;
import nl.onderwijsregio.workspace.priorities.Comparison.MatrixRow;
import nl.onderwijsregio.workspace.priorities.Comparison.Similarity;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/** Compares the priorities of regions by topic: the matrix, shared priorities, gaps and Jaccard similarity. */
public final class PriorityComparison {

    private PriorityComparison() {}

    /**
     * Compares {@code priorities} of {@code regions} (in that order); {@code ownRegionId}, when given, is the region
     * the others are measured against. A region's positions count from 1 in its list of visible priorities.
     */
    public static Comparison compare(
            List<ComparedRegion> regions, @Nullable String ownRegionId, List<Priority> priorities) {
        List<Column> columns = regions.stream()
                .map(region -> new Column(
                        region,
                        region.id().equals(ownRegionId),
                        priorities.stream()
                                .filter(p -> p.regionId().equals(region.id()))
                                .sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
                                .toList()))
                .toList();
        Set<Topic> own = columns.stream()
                .filter(Column::own)
                .findFirst()
                .map(Column::topics)
                .orElse(Set.of());
        boolean hasOwn = columns.stream().anyMatch(Column::own);
        List<MatrixRow> matrix = new ArrayList<>();
        for (Topic topic : PriorityTopics.all()) {
            Map<String, List<Integer>> positions = new LinkedHashMap<>();
            int othersWith = 0;
            for (Column column : columns) {
                List<Integer> at = new ArrayList<>();
                for (int i = 0; i < column.priorities().size(); i++) {
                    if (column.priorities().get(i).topic().equals(topic)) {
                        at.add(i + 1);
                    }
                }
                if (!at.isEmpty()) {
                    positions.put(column.region().id(), List.copyOf(at));
                    othersWith += column.own() ? 0 : 1;
                }
            }
            boolean shared = hasOwn ? own.contains(topic) && othersWith > 0 : othersWith > 1;
            boolean gap = hasOwn && !own.contains(topic) && othersWith > 0;
            matrix.add(new MatrixRow(topic, positions, shared, gap));
        }
        List<Similarity> similarities = hasOwn
                ? columns.stream()
                        .filter(c -> !c.own())
                        .map(c -> similarity(own, c))
                        .toList()
                : List.of();
        return new Comparison(hasOwn ? ownRegionId : null, columns, matrix, similarities, perTheme(columns));
    }

    /** Jaccard: |A ∩ B| / |A ∪ B| over the sets of topics; 0 when both are empty. */
    static Similarity similarity(Set<Topic> own, Column other) {
        Set<Topic> theirs = other.topics();
        Set<Topic> union = new HashSet<>(own);
        union.addAll(theirs);
        List<Topic> shared = own.stream().filter(theirs::contains).sorted().toList();
        double score = union.isEmpty() ? 0 : (double) shared.size() / union.size();
        return new Similarity(other.region(), shared, union.size(), score);
    }

    private static Map<Theme, Map<String, Integer>> perTheme(List<Column> columns) {
        Map<Theme, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Theme theme : PriorityTopics.themes()) {
            Map<String, Integer> perRegion = new LinkedHashMap<>();
            for (Column column : columns) {
                perRegion.put(column.region().id(), (int) column.priorities().stream()
                        .filter(p -> p.theme() == theme)
                        .count());
            }
            counts.put(theme, perRegion);
        }
        return counts;
    }
}

package nl.onderwijsregio.workspace.priorities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Priorities of several regions side by side.
 *
 * @param ownRegionId  the region the comparison is made for (null for the Realisatie-Eenheid)
 * @param columns      per region its visible priorities, by rank
 * @param matrix       one row per topic ({@link PriorityTopics}): where each region has a priority
 * @param similarities per other region the overlap of its topics with the own region's
 * @param perTheme     per theme a priority can have, per region id, the number of priorities
 */
public record Comparison(
        @Nullable String ownRegionId,
        List<Column> columns,
        List<MatrixRow> matrix,
        List<Similarity> similarities,
        Map<Theme, Map<String, Integer>> perTheme) {

    /** A region's visible priorities, by rank; own-region drafts included for the own region only. */
    public record Column(ComparedRegion region, boolean own, List<Priority> priorities) {

        /** The topics this region has at least one priority in. */
        public Set<Topic> topics() {
            return priorities.stream().map(Priority::topic).collect(Collectors.toSet());
        }
    }

    /**
     * Where each region has a priority in one topic.
     *
     * @param positions per region id the positions (1 = first) of its priorities in this topic; absent = none
     * @param shared    the own region and at least one other region have it (without an own region: two or more)
     * @param gap       another region has it, the own region has not
     */
    public record MatrixRow(Topic topic, Map<String, List<Integer>> positions, boolean shared, boolean gap) {

        public List<Integer> positionsOf(String regionId) {
            return positions.getOrDefault(regionId, List.of());
        }
    }

    /**
     * Jaccard overlap of topics: shared topics / all topics of both regions.
     *
     * @param score between 0 and 1; 0 when neither region has a priority
     */
    public record Similarity(ComparedRegion region, List<Topic> sharedTopics, int union, double score) {

        /** The score as a whole percentage, e.g. 40. */
        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    /** The regions in the order of the comparison. */
    public List<ComparedRegion> regions() {
        return columns.stream().map(Column::region).toList();
    }
}

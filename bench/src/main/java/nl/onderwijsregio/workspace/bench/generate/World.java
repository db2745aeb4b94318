package nl.onderwijsregio.workspace.bench.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the tables of the data set are generated from: the regions with their people, the neighbour graph and
 * the catalogue the app itself imported.
 *
 * @param scale        1 = about 50 regions, 500 users, 20,000 register entries
 * @param regions      the regions, in id order
 * @param neighbours   neighbour pairs in canonical order (a &lt; b), symmetric and connected
 * @param catalogueIds ids of the catalogue entries (loaded by the app's own catalogue import)
 * @param today        the day the data set is generated for
 */
public record World(
        double scale,
        List<GeneratedRegion> regions,
        List<Pair> neighbours,
        List<String> catalogueIds,
        LocalDate today) {

    /** Rows of a table that has {@code perScale} rows at scale 1. */
    public int count(int perScale) {
        return Math.max(1, (int) Math.round(perScale * scale));
    }

    public int users() {
        return regions.stream().mapToInt(r -> r.users().size()).sum();
    }

    /** A region with its place on the map and its people (the first is the region's lead). */
    public record GeneratedRegion(String id, String name, double x, double y, List<String> users) {

        public String lead() {
            return users.getFirst();
        }
    }

    /** Two neighbouring regions, {@code a < b}. */
    public record Pair(String a, String b) {}
}

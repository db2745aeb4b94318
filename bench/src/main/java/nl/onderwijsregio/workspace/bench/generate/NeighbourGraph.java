package nl.onderwijsregio.workspace.bench.generate;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A Delaunay-like neighbour graph: every region is joined to its 3 to 6 nearest regions (symmetric), and nearest
 * bridges join the pieces until the graph is connected, as real regions on a map are.
 */
final class NeighbourGraph {

    private NeighbourGraph() {}

    static List<World.Pair> of(List<World.GeneratedRegion> regions, SplittableRandom random) {
        int n = regions.size();
        TreeSet<World.Pair> pairs =
                new TreeSet<>(Comparator.comparing(World.Pair::a).thenComparing(World.Pair::b));
        for (int i = 0; i < n; i++) {
            int from = i;
            int k = 3 + random.nextInt(4);
            IntStream.range(0, n)
                    .filter(j -> j != from)
                    .boxed()
                    .sorted(Comparator.comparingDouble(j -> distance(regions.get(from), regions.get(j))))
                    .limit(k)
                    .forEach(j -> pairs.add(pair(regions.get(from), regions.get(j))));
        }
        connect(regions, pairs);
        return List.copyOf(pairs);
    }

    /** Adds the shortest bridge from the first region's component to the rest until one component remains. */
    private static void connect(List<World.GeneratedRegion> regions, TreeSet<World.Pair> pairs) {
        while (true) {
            boolean[] reached = reached(regions, pairs);
            double best = Double.MAX_VALUE;
            World.Pair bridge = null;
            for (int i = 0; i < regions.size(); i++) {
                for (int j = 0; j < regions.size(); j++) {
                    double d = distance(regions.get(i), regions.get(j));
                    if (reached[i] && !reached[j] && d < best) {
                        best = d;
                        bridge = pair(regions.get(i), regions.get(j));
                    }
                }
            }
            if (bridge == null) {
                return;
            }
            pairs.add(bridge);
        }
    }

    private static boolean[] reached(List<World.GeneratedRegion> regions, TreeSet<World.Pair> pairs) {
        List<String> ids = regions.stream().map(World.GeneratedRegion::id).toList();
        boolean[] reached = new boolean[ids.size()];
        reached[0] = true;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (World.Pair p : pairs) {
                int a = ids.indexOf(p.a());
                int b = ids.indexOf(p.b());
                if (reached[a] != reached[b]) {
                    reached[a] = reached[b] = true;
                    grew = true;
                }
            }
        }
        return reached;
    }

    private static World.Pair pair(World.GeneratedRegion x, World.GeneratedRegion y) {
        return x.id().compareTo(y.id()) < 0 ? new World.Pair(x.id(), y.id()) : new World.Pair(y.id(), x.id());
    }

    private static double distance(World.GeneratedRegion x, World.GeneratedRegion y) {
        return Math.hypot(x.x() - y.x(), x.y() - y.y());
    }
}

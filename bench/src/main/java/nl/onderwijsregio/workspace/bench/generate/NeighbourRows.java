package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** The neighbour pairs of the world's graph, once each in canonical order. */
final class NeighbourRows implements BenchTable {

    @Override
    public String table() {
        return "region_neighbour";
    }

    @Override
    public List<String> columns() {
        return List.of("region_a", "region_b");
    }

    @Override
    public void rows(World world, SplittableRandom random, Rows out) throws IOException {
        for (World.Pair pair : world.neighbours()) {
            out.row(pair.a(), pair.b());
        }
    }
}

package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** The regions (tenants), all geographic and active. */
final class RegionRows implements BenchTable {

    @Override
    public String table() {
        return "region";
    }

    @Override
    public List<String> columns() {
        return List.of("id", "name", "kind", "active", "demo");
    }

    @Override
    public void rows(World world, SplittableRandom random, Rows out) throws IOException {
        for (World.GeneratedRegion region : world.regions()) {
            out.row(region.id(), region.name(), "GEOGRAPHIC", true, false);
        }
    }
}

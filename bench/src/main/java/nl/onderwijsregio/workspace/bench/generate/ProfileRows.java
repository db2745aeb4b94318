package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** One profile per region, written by its lead. */
final class ProfileRows implements BenchTable {

    @Override
    public String table() {
        return "region_profile";
    }

    @Override
    public List<String> columns() {
        return List.of("region_id", "introduction", "website", "contact_email", "updated_by");
    }

    @Override
    public void rows(World world, SplittableRandom random, Rows out) throws IOException {
        for (World.GeneratedRegion region : world.regions()) {
            out.row(
                    region.id(),
                    "Welkom bij " + region.name() + ". Wij werken samen aan voldoende leraren in de regio.",
                    "https://" + region.id() + ".example.nl",
                    "info@" + region.id() + ".example.nl",
                    region.lead());
        }
    }
}

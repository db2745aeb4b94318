package nl.onderwijsregio.workspace.regions;

import java.util.List;
import nl.onderwijsregio.workspace.database.DemoData;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo regions into an empty database: by default only into the embedded one, into an external database
 * only when {@code workspace.demo-data=always}.
 */
@Component
@Order(0)
class DemoRegions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegions.class);

    static final List<Region> REGIONS = List.of(
            new Region("noordkust", "Onderwijsregio Noordkust", RegionKind.GEOGRAPHIC, true, true),
            new Region("veenland", "Onderwijsregio Veenland", RegionKind.GEOGRAPHIC, true, true),
            new Region("rivierenland", "Onderwijsregio Rivierenland", RegionKind.GEOGRAPHIC, true, true),
            new Region("stedenband", "Onderwijsregio Stedenband", RegionKind.GEOGRAPHIC, true, true),
            new Region("groen-landelijk", "Onderwijsregio Groen (landelijk)", RegionKind.NATIONAL, true, true));

    static final List<NeighbourPair> NEIGHBOURS = List.of(
            NeighbourPair.of("noordkust", "veenland"),
            NeighbourPair.of("veenland", "rivierenland"),
            NeighbourPair.of("rivierenland", "stedenband"));

    private final Regions regions;
    private final Tenancy tenancy;
    private final DemoData demoData;

    DemoRegions(Regions regions, Tenancy tenancy, DemoData demoData) {
        this.regions = regions;
        this.tenancy = tenancy;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.wanted()) {
            tenancy.withoutRegion(this::loadIntoEmptyDatabase);
        }
    }

    private void loadIntoEmptyDatabase() {
        if (regions.count() > 0) {
            return;
        }
        REGIONS.forEach(regions::insert);
        NEIGHBOURS.forEach(regions::insert);
        log.info("Loaded {} demo regions and {} neighbour pairs", REGIONS.size(), NEIGHBOURS.size());
    }
}

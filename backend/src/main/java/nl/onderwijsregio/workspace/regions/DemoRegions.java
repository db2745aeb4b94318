package nl.onderwijsregio.workspace.regions;

import java.util.List;
import java.util.Map;
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

    /**
     * The demo regions' areas on real, contiguous municipalities (2025): the Groningen coast, the peat colonies, the
     * Vechtdal and the Twente cities. Their shared borders give exactly the demo neighbour pairs above: Eemsdelta –
     * Midden-Groningen, Borger-Odoorn – Coevorden, Hardenberg/Ommen – Twenterand; noordkust and stedenband stay apart.
     */
    static final Map<String, List<String>> AREAS = Map.of(
            "noordkust", List.of("GM1966", "GM1979"), // Het Hogeland, Eemsdelta
            "veenland", List.of("GM1952", "GM0047", "GM0037", "GM1681"), // Midden-Groningen, Veendam, Stadskanaal,
            // Borger-Odoorn
            "rivierenland", List.of("GM0109", "GM0160", "GM0175"), // Coevorden, Hardenberg, Ommen
            "stedenband", List.of("GM1700", "GM0141", "GM0147", "GM0164", "GM0153")); // Twenterand, Almelo, Borne,
    // Hengelo, Enschede

    private final Regions regions;
    private final RegionAreas areas;
    private final Tenancy tenancy;
    private final DemoData demoData;

    DemoRegions(Regions regions, RegionAreas areas, Tenancy tenancy, DemoData demoData) {
        this.regions = regions;
        this.areas = areas;
        this.tenancy = tenancy;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.wanted()) {
            tenancy.withoutRegion(this::loadIntoEmptyDatabase);
            tenancy.withoutRegion(this::loadMissingAreas);
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

    /** Gives a demo region without area its demo area (also in a database made before areas existed). */
    private void loadMissingAreas() {
        areas.lock();
        Map<String, String> taken = areas.all();
        AREAS.forEach((region, codes) -> {
            boolean demoRegion = regions.byId(region).map(Region::demo).orElse(false);
            if (demoRegion && areas.of(region).isEmpty() && codes.stream().noneMatch(taken::containsKey)) {
                areas.add(region, codes);
                log.info("Demo region {} got its area of {} municipalities", region, codes.size());
            }
        });
    }
}

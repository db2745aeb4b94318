package nl.onderwijsregio.workspace.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds the world of a scale: regions on a jittered grid, their people, and a planar-like neighbour graph. */
final class WorldFactory {

    static final int REGIONS_PER_SCALE = 50;
    static final int USERS_PER_SCALE = 500;
    private static final String[] FIRST = {
        "Anne", "Bram", "Carla", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Jeroen", "Kim", "Lars", "Marieke",
        "Noor", "Olaf", "Petra", "Roel", "Sanne", "Thijs", "Yara"
    };
    private static final String[] LAST = {
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "van Dijk"
    };

    private WorldFactory() {}

    static World build(double scale, List<String> catalogueIds, LocalDate today) {
        SplittableRandom random = new SplittableRandom(42);
        int regionCount = Math.max(4, (int) Math.round(REGIONS_PER_SCALE * scale));
        int userCount = Math.max(2 * regionCount, (int) Math.round(USERS_PER_SCALE * scale));
        int columns = (int) Math.ceil(Math.sqrt(regionCount * 1.4));
        List<World.GeneratedRegion> regions = new ArrayList<>();
        for (int i = 0; i < regionCount; i++) {
            double x = i % columns + random.nextDouble(-0.35, 0.35);
            double y = i / columns + random.nextDouble(-0.35, 0.35);
            regions.add(new World.GeneratedRegion(
                    "regio-%03d".formatted(i + 1), "Benchregio %03d".formatted(i + 1), x, y, new ArrayList<>()));
        }
        for (int u = 0; u < userCount; u++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + (u + 1);
            regions.get(u % regionCount).users().add(name);
        }
        List<World.GeneratedRegion> fixed = regions.stream()
                .map(r -> new World.GeneratedRegion(r.id(), r.name(), r.x(), r.y(), List.copyOf(r.users())))
                .toList();
        return new World(scale, fixed, NeighbourGraph.of(fixed, random), List.copyOf(catalogueIds), today);
    }
}

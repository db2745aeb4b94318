package nl.onderwijsregio.workspace.tenancy;

import java.util.List;
import java.util.Optional;

/** The registered {@link EntryPointRegion}s; stateless readers, so one list serves every application context. */
final class EntryPointRegions {

    private static volatile List<EntryPointRegion> sources = List.of();

    private EntryPointRegions() {}

    static void register(List<EntryPointRegion> registered) {
        sources = List.copyOf(registered);
    }

    static Optional<String> current() {
        for (EntryPointRegion source : sources) {
            Optional<String> region = source.regionId();
            if (region.isPresent()) {
                return region;
            }
        }
        return Optional.empty();
    }
}

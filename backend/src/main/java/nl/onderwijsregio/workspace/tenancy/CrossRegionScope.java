package nl.onderwijsregio.workspace.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A named, narrow permission to see rows of every region in one table, opened by a service only after it checked the
 * caller's role (e.g. {@code catalogue-review} for the catalogue maintainer's queue of suggestions). PostgreSQL
 * policies name the scope they honour; every other table stays limited to the active region.
 */
public final class CrossRegionScope {

    public static final String CATALOGUE_REVIEW = "catalogue-review";
    /** National staff without a region: read what regions shared with all (findings, published priorities). */
    public static final String NATIONAL = "national";
    private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

    private CrossRegionScope() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} (which must start its own transaction) inside the scope. */
    public static <T> T callIn(String scope, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }
}

package nl.onderwijsregio.workspace.tenancy;

import java.util.Optional;

/**
 * The region the current work is for: bound by {@link Tenancy} (API calls, jobs, demo loaders) or kept by the entry
 * point itself (the browser tab, see {@link EntryPointRegion}). Read-only here; PostgreSQL receives it at the start of
 * every transaction, and without it tenant tables show no rows.
 */
public final class ActiveRegion {

    private ActiveRegion() {}

    /** The region id of the current work, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(BoundScope.effective().regionId());
    }

    /** The region id of the current work; fails when no region is active. */
    public static String require() {
        return current().orElseThrow(NoActiveRegionException::new);
    }
}

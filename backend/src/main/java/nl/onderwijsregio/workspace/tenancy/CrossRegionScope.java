package nl.onderwijsregio.workspace.tenancy;

import java.util.Optional;

/**
 * A named, narrow permission to see rows of every region in one table, opened through {@link Tenancy} by a service
 * only after it checked the caller's role (e.g. {@code catalogue-review} for the catalogue maintainer's queue of
 * suggestions). PostgreSQL policies name the scope they honour; every other table stays limited to the active region.
 */
public final class CrossRegionScope {

    public static final String CATALOGUE_REVIEW = "catalogue-review";
    /** National staff without a region: read what regions shared with all (findings, published priorities). */
    public static final String NATIONAL = "national";
    /** The platform administrator's Logboek: read the audit rows of every region. */
    public static final String PLATFORM_AUDIT = "platform-audit";
    /** The platform administrator erases a region that leaves (the database function checks this scope). */
    public static final String REGION_ERASURE = "region-erasure";
    /** The Logboek's retention job removes audit rows past their term (the database function checks this scope). */
    public static final String AUDIT_RETENTION = "audit-retention";

    private CrossRegionScope() {}

    /** The named scope of the current work, if any. */
    public static Optional<String> current() {
        return BoundScope.current().map(BoundScope.Scope::crossScope);
    }
}

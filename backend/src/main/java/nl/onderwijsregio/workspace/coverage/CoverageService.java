package nl.onderwijsregio.workspace.coverage;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The national overview, for the Realisatie-Eenheid (and platform administrators): only after this role check does
 * the service open the {@code national} scope in which the schema's aggregate functions agree to run.
 */
@Service
@PreAuthorize("hasAnyRole('" + NATIONAL + "', '" + PLATFORM_ADMIN + "')")
public class CoverageService {

    /** A register that has not changed for this many days counts as quiet. */
    public static final int INACTIVE_DAYS = 90;
    /** The trend starts at the beginning of the 2026–2029 scheme. */
    public static final LocalDate TREND_FROM = LocalDate.of(2026, 1, 1);

    private final CoverageQueries queries;
    private final AggregateCache cache;
    private final Tenancy tenancy;
    private final Clock clock;

    CoverageService(CoverageQueries queries, AggregateCache cache, Tenancy tenancy, Clock clock) {
        this.queries = queries;
        this.cache = cache;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** Region × theme, by region name then theme. */
    public List<CoverageCell> matrix() {
        return cached("matrix", queries::matrix);
    }

    /** Closed catalogue entries, the Vfpf's and the school boards' first. */
    public List<SourceCoverage> sources() {
        return cached("sources", queries::sources);
    }

    public Gaps gaps() {
        return national(() -> {
            List<RegionActivity> regions = cache.get("regions", () -> List.copyOf(queries.regionActivity()));
            OffsetDateTime since = OffsetDateTime.now(clock).minusDays(INACTIVE_DAYS);
            return new Gaps(
                    cache.get("unused", () -> List.copyOf(queries.unusedEntries())),
                    regions.stream().filter(r -> r.received() == 0).toList(),
                    regions.stream().filter(r -> r.quietSince(since)).toList(),
                    INACTIVE_DAYS);
        });
    }

    /** Every active region's register in numbers. */
    public List<RegionActivity> regions() {
        return cached("regions", queries::regionActivity);
    }

    public List<PriorityCount> priorities() {
        return cached("priorities", queries::priorities);
    }

    public List<FindingCount> findings() {
        return cached("findings", queries::findings);
    }

    /** Per month since the start of the scheme. */
    public List<TrendPoint> trend() {
        return cached("trend", () -> queries.trend(TREND_FROM));
    }

    /** Every active geographic region's analysis in numbers and status, by region name. */
    public List<AnalysisProgress> analyses() {
        return cached("analyses", queries::analyses);
    }

    /** The register lines behind a number (region, entry, status, dates only). */
    public List<RegisterLine> lines(LineFilter filter) {
        return national(() -> queries.lines(filter));
    }

    /** An aggregate from this instance's cache while the data version is unchanged (see {@link AggregateCache}). */
    private <T> List<T> cached(String name, Supplier<List<T>> compute) {
        return national(() -> cache.get(name, () -> List.copyOf(compute.get())));
    }

    private <T> T national(Supplier<T> work) {
        return tenancy.national(work);
    }
}

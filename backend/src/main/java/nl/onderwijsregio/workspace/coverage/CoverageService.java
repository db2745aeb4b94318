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
    private final Tenancy tenancy;
    private final Clock clock;

    CoverageService(CoverageQueries queries, Tenancy tenancy, Clock clock) {
        this.queries = queries;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** Region × theme, by region name then theme. */
    public List<CoverageCell> matrix() {
        return national(queries::matrix);
    }

    /** Closed catalogue entries, the Vfpf's and the school boards' first. */
    public List<SourceCoverage> sources() {
        return national(queries::sources);
    }

    public Gaps gaps() {
        return national(() -> {
            List<RegionActivity> regions = queries.regionActivity();
            OffsetDateTime since = OffsetDateTime.now(clock).minusDays(INACTIVE_DAYS);
            return new Gaps(
                    queries.unusedEntries(),
                    regions.stream().filter(r -> r.received() == 0).toList(),
                    regions.stream().filter(r -> r.quietSince(since)).toList(),
                    INACTIVE_DAYS);
        });
    }

    /** Every active region's register in numbers. */
    public List<RegionActivity> regions() {
        return national(queries::regionActivity);
    }

    public List<PriorityCount> priorities() {
        return national(queries::priorities);
    }

    public List<FindingCount> findings() {
        return national(queries::findings);
    }

    /** Per month since the start of the scheme. */
    public List<TrendPoint> trend() {
        return national(() -> queries.trend(TREND_FROM));
    }

    /** Every active geographic region's analysis in numbers and status, by region name. */
    public List<AnalysisProgress> analyses() {
        return national(queries::analyses);
    }

    /** The register lines behind a number (region, entry, status, dates only). */
    public List<RegisterLine> lines(LineFilter filter) {
        return national(() -> queries.lines(filter));
    }

    private <T> T national(Supplier<T> work) {
        return tenancy.national(work);
    }
}

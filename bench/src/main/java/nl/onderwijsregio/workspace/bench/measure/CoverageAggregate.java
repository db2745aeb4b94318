package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import java.util.function.Function;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import org.springframework.context.ApplicationContext;

/**
 * One aggregate of the national coverage overview, as the Realisatie-Eenheid reads it: through
 * {@link CoverageService} (role check, national scope, one transaction) and, as the floor, the same
 * {@code select * from coverage_…()} calls over JDBC as the application role with {@code app.scope} national. The
 * functions are security definer (they read every region as their owner), so there is no "without row-level
 * security" variant. Since issue 22 the service answers from its cache per data version while nothing was written
 * (the bench writes nothing in between): the floor is the fresh computation a cache miss costs.
 */
final class CoverageAggregate implements Operation {

    private final String name;
    private final String description;
    private final Function<CoverageService, Object> service;
    private final List<Sql> statements;

    private CoverageAggregate(
            String name, String description, Function<CoverageService, Object> service, Sql... statements) {
        this.name = name;
        this.description = description;
        this.service = service;
        this.statements = List.of(statements);
    }

    static List<Operation> all() {
        return List.of(
                new CoverageAggregate(
                        "coverage matrix",
                        "CoverageService.matrix: region × theme (national)",
                        CoverageService::matrix,
                        Sql.of("select * from coverage_matrix()")),
                new CoverageAggregate(
                        "coverage sources",
                        "CoverageService.sources: closed entries and who uses " + "them (national)",
                        CoverageService::sources,
                        Sql.of("select * from coverage_sources()")),
                new CoverageAggregate(
                        "coverage gaps",
                        "CoverageService.gaps: unused entries, regions without "
                                + "receipts, quiet registers (national)",
                        CoverageService::gaps,
                        Sql.of("select * from coverage_unused_entries()"),
                        Sql.of("select * from coverage_region_activity()")),
                new CoverageAggregate(
                        "coverage priorities",
                        "CoverageService.priorities: per sub-theme " + "(national)",
                        CoverageService::priorities,
                        Sql.of("select * from coverage_priorities()")),
                new CoverageAggregate(
                        "coverage trend",
                        "CoverageService.trend: per month since 2026 (national)",
                        CoverageService::trend,
                        Sql.of("select * from coverage_trend(?)", CoverageService.TREND_FROM)),
                new CoverageAggregate(
                        "coverage analyses",
                        "CoverageService.analyses: each region's analysis in numbers (national)",
                        CoverageService::analyses,
                        Sql.of("select * from coverage_analyses()")));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean national() {
        return true;
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        return service.apply(beans.getBean(CoverageService.class));
    }

    @Override
    public List<Sql> floor(Sample sample) {
        return statements;
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        return List.of(); // security definer: the functions read as their owner
    }

    @Override
    public double p95TargetMillis() {
        return 50; // issue 22 (was 150)
    }
}

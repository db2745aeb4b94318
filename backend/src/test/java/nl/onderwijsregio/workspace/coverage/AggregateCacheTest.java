package nl.onderwijsregio.workspace.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestFindings;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The national aggregates served from the cache per data version equal a fresh computation, also while several
 * regions write in parallel, and on a second instance (a second cache over the same database).
 */
@SpringBootTest(classes = BackendTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateCacheTest extends DatabaseTest {

    static final AsUser NATIONAL = AsUser.withRole(Role.NATIONAL);
    static final List<String> ENTRIES = List.of("e056", "e053", "e041", "e012", "e030");

    @Autowired
    CoverageService coverage;

    @Autowired
    CoverageQueries queries;

    @Autowired
    AggregateVersion versions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    RegisterService register;

    @Autowired
    FindingService findings;

    @Autowired
    PriorityService priorities;

    @Autowired
    RegionAdministration administration;

    List<String> regions;

    @BeforeAll
    void regions() {
        regions = TestRegions.several(administration, "cache", 4);
    }

    @Test
    void an_unchanged_aggregate_is_served_from_the_cache() {
        List<CoverageCell> first = NATIONAL.call(null, coverage::matrix);
        assertThat(NATIONAL.call(null, coverage::matrix)).isSameAs(first);
    }

    @Test
    void cached_aggregates_equal_a_fresh_computation_after_random_parallel_writes() throws Exception {
        Random random = new Random(22);
        AggregateCache otherInstance = new AggregateCache(versions);
        ExecutorService pool = Executors.newFixedThreadPool(regions.size());
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<?>> writers = new ArrayList<>();
                for (String region : regions) {
                    long seed = random.nextLong();
                    writers.add(pool.submit(() -> writeRandomly(region, new Random(seed), 3)));
                }
                // read while the writers commit: copies get computed at versions racing with their commits
                while (!writers.stream().allMatch(Future::isDone)) {
                    NATIONAL.run(null, this::readAll);
                    tenancy.national(() -> otherInstance.get("matrix", () -> List.copyOf(queries.matrix())));
                }
                for (Future<?> writer : writers) {
                    writer.get();
                }
                NATIONAL.run(null, () -> {
                    assertThat(coverage.matrix()).isEqualTo(fresh(queries::matrix));
                    assertThat(coverage.sources()).isEqualTo(fresh(queries::sources));
                    assertThat(coverage.regions()).isEqualTo(fresh(queries::regionActivity));
                    assertThat(coverage.gaps().unusedEntries()).isEqualTo(fresh(queries::unusedEntries));
                    assertThat(coverage.priorities()).isEqualTo(fresh(queries::priorities));
                    assertThat(coverage.findings()).isEqualTo(fresh(queries::findings));
                    assertThat(coverage.trend()).isEqualTo(fresh(() -> queries.trend(CoverageService.TREND_FROM)));
                    assertThat(coverage.analyses()).isEqualTo(fresh(queries::analyses));
                });
                assertThat(tenancy.national(() -> otherInstance.get("matrix", () -> List.copyOf(queries.matrix()))))
                        .as("the other instance's copy, round %d", round)
                        .isEqualTo(fresh(queries::matrix));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void readAll() {
        coverage.matrix();
        coverage.sources();
        coverage.gaps();
        coverage.priorities();
        coverage.findings();
        coverage.trend();
    }

    private <T> T fresh(java.util.function.Supplier<T> query) {
        return tenancy.national(query);
    }

    private void writeRandomly(String region, Random random, int writes) {
        AsUser.lead(region).run(region, () -> {
            for (int i = 0; i < writes; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> entry(ENTRIES.get(random.nextInt(ENTRIES.size())));
                    case 1 -> {
                        RegisterEntry entry = entry(ENTRIES.get(random.nextInt(ENTRIES.size())));
                        RegisterEntry requested =
                                register.transition(entry.id(), entry.revision(), RegisterStatus.AANGEVRAAGD, null);
                        if (random.nextBoolean()) {
                            register.transition(requested.id(), requested.revision(), RegisterStatus.ONTVANGEN, null);
                        }
                    }
                    case 2 ->
                        findings.create(TestFindings.draft(
                                "Bevinding (cache) " + OffsetDateTime.now(),
                                random.nextBoolean(),
                                Visibility.values()[random.nextInt(Visibility.values().length)]));
                    default -> priorities.create(priority(random.nextBoolean()));
                }
            }
        });
    }

    private RegisterEntry entry(String catalogueEntry) {
        return register.create(new RegisterDraft(
                catalogueEntry,
                null,
                "Cache " + catalogueEntry,
                null,
                null,
                HolderKind.BESTUUR,
                "Stichting Cache",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Piet Contact",
                null,
                null));
    }

    private static PriorityDraft priority(boolean published) {
        return new PriorityDraft(
                "Prioriteit (cache)",
                Topic.of(SubTheme.OMGAAN_MET_SCHAARSTE),
                "",
                List.of(Sector.PO),
                null,
                null,
                null,
                2026,
                2027,
                null,
                published,
                List.of());
    }
}

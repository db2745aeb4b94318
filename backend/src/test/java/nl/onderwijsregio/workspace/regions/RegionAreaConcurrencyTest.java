package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Administrators assigning the same municipality to different regions at the same moment: exactly one wins. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionAreaConcurrencyTest extends DatabaseTest {

    private static final int THREADS = 8;
    private static final String MIDDELBURG = "GM0687";
    private static final List<String> REGIONS = new ArrayList<>();

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        for (int i = 0; i < THREADS; i++) {
            REGIONS.add(TestRegions.id("gelijktijdig-" + i));
        }
        TestRegions.create(administration, REGIONS.toArray(String[]::new));
    }

    @Autowired
    RegionAreaService areas;

    @Test
    void two_or_more_admins_assigning_one_municipality_at_once_leave_it_in_exactly_one_region() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (String region : REGIONS) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    new AsUser("beheer-" + region, List.of(Role.PLATFORM_ADMIN), List.of())
                            .run(null, () -> areas.assign(region, MIDDELBURG));
                    return true;
                } catch (RegionRuleException refused) {
                    assertThat(refused.getMessage()).contains("hoort al bij");
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> outcome : outcomes) {
            winners += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        String holder = AsUser.withRole(Role.PLATFORM_ADMIN)
                .call(null, () -> areas.assignments().get(MIDDELBURG));
        assertThat(REGIONS).contains(holder);
        long holding = REGIONS.stream()
                .filter(r -> AsUser.withRole(Role.PLATFORM_ADMIN)
                                .call(null, () -> areas.area(r).municipalities().size())
                        == 1)
                .count();
        assertThat(holding).isEqualTo(1);
    }
}

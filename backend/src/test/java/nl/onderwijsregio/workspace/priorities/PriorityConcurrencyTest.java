package nl.onderwijsregio.workspace.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Many leads of one region create, delete and reorder at once: every call either succeeds in turn or is refused as a
 * conflict (the ranking changed, the priority is gone), never anything else, and the ranks are exactly 1..n after.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class PriorityConcurrencyTest extends DatabaseTest {

    static final String REGION = TestRegions.id("noordkust");
    static final AsUser LEAD = AsUser.lead(REGION);

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    @Autowired
    PriorityService priorities;

    @Test
    void mixed_creates_deletes_and_reorders_keep_the_ranks_exactly_one_to_n() throws Exception {
        LEAD.run(REGION, () -> {
            for (int i = 0; i < 5; i++) {
                priorities.create(PriorityServiceTest.draft("Start " + i, i % 2 == 0));
            }
        });
        int threads = 8;
        int callsPerThread = 12;
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        Queue<String> outcomes = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    Random random = new Random(thread);
                    start.await();
                    for (int call = 0; call < callsPerThread; call++) {
                        int kind = (thread + call) % 3;
                        try {
                            LEAD.run(REGION, () -> {
                                List<Priority> own = priorities.own();
                                switch (kind) {
                                    case 0 -> priorities.create(PriorityServiceTest.draft("Nieuw " + thread, true));
                                    case 1 -> {
                                        if (!own.isEmpty()) {
                                            priorities.delete(own.get(random.nextInt(own.size()))
                                                    .id());
                                        }
                                    }
                                    default -> {
                                        List<Long> ids = new ArrayList<>(
                                                own.stream().map(Priority::id).toList());
                                        Collections.shuffle(ids, random);
                                        priorities.reorder(ids);
                                    }
                                }
                            });
                            outcomes.add("ok");
                        } catch (PriorityConflictException refused) {
                            outcomes.add("conflict");
                        } catch (Throwable other) {
                            unexpected.add(other);
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(outcomes).hasSize(threads * callsPerThread).contains("ok");
        LEAD.run(REGION, () -> {
            List<Priority> own = priorities.own();
            assertThat(own).isNotEmpty();
            assertThat(own.stream().map(Priority::rank).toList())
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, own.size()).boxed().toList());
        });
    }
}

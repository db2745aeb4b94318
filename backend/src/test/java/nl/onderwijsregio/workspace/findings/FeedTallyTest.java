package nl.onderwijsregio.workspace.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestFindings;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The feed's counts from the tally of findings shared with all (V34, kept by a trigger) equal the counts read from
 * the findings themselves, after rounds of random parallel writes in four regions (two writers each) (create, share wider or narrower,
 * publish, withdraw, delete) and random read marks by their members.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedTallyTest extends DatabaseTest {

    @Autowired
    FindingService service;

    @Autowired
    Findings findings;

    @Autowired
    Tenancy tenancy;

    @Autowired
    RegionAdministration administration;

    List<String> regions;

    @BeforeAll
    void regions() {
        regions = TestRegions.several(administration, "tally", 4);
        TestRegions.neighbours(administration, regions.get(0), regions.get(1));
        TestRegions.neighbours(administration, regions.get(1), regions.get(2));
    }

    @Test
    void the_feed_counts_from_the_tally_equal_a_count_of_the_findings_after_random_parallel_writes() throws Exception {
        Random random = new Random(34);
        ExecutorService pool = Executors.newFixedThreadPool(regions.size() * 3);
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
        try {
            for (int round = 0; round < 4; round++) {
                List<Future<?>> work = new ArrayList<>();
                for (String region : regions) {
                    // two writers per region: their changes meet on the region's tally row
                    long writes = random.nextLong();
                    long moreWrites = random.nextLong();
                    long reads = random.nextLong();
                    work.add(pool.submit(() -> writeRandomly(region, new Random(writes), 6)));
                    work.add(pool.submit(() -> writeRandomly(region, new Random(moreWrites), 6)));
                    work.add(pool.submit(() -> readRandomly(region, new Random(reads), 4)));
                }
                for (Future<?> done : work) {
                    done.get();
                }
                for (String region : regions) {
                    for (AsUser user : List.of(AsUser.lead(region), AsUser.member(region))) {
                        int round_ = round;
                        user.run(region, () -> {
                            int counted = tenancy.inRegion(
                                    region, () -> findings.feedCount(FindingFilter.NONE, DSL.noCondition()));
                            int unreadCounted = tenancy.inRegion(
                                    region,
                                    () -> findings.feedCount(FindingFilter.NONE, Findings.notReadBy(user.username())));
                            seen.addAndGet(counted);
                            assertThat(service.count(FindingScope.FEED, FindingFilter.NONE))
                                    .as("feed count of %s, round %d", region, round_)
                                    .isEqualTo(counted);
                            assertThat(service.unreadInFeed())
                                    .as("unread in the feed of %s for %s, round %d", region, user.username(), round_)
                                    .isEqualTo(unreadCounted);
                            // the screen's first call: the page, its number and the unread count in one
                            for (int limit : List.of(1, 200)) {
                                FindingPage first = service.firstPage(FindingScope.FEED, FindingFilter.NONE, limit);
                                assertThat(first.items())
                                        .isEqualTo(service.page(FindingScope.FEED, FindingFilter.NONE, 0, limit));
                                assertThat(first.total())
                                        .as("first page's number, %s, round %d, %d a page", region, round_, limit)
                                        .isEqualTo(FindingCount.exactly(counted));
                                assertThat(first.unreadInFeed())
                                        .as("first page's unread, %s, round %d", region, round_)
                                        .isEqualTo(unreadCounted);
                            }
                            assertThat(service.firstPage(FindingScope.OWN, FindingFilter.NONE, 20)
                                            .unreadInFeed())
                                    .as("the feed tab's unread count from the own list, %s", region)
                                    .isEqualTo(unreadCounted);
                        });
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen.get()).as("the feeds compared were not all empty").isPositive();
    }

    private void writeRandomly(String region, Random random, int writes) {
        AsUser.lead(region).run(region, () -> {
            for (int i = 0; i < writes; i++) {
                List<Finding> own = service.page(FindingScope.OWN, FindingFilter.NONE, 0, 50);
                int action = own.isEmpty() ? 0 : random.nextInt(3);
                try {
                    switch (action) {
                        case 0 ->
                            service.create(TestFindings.draft(
                                    "Bevinding (telling)", random.nextBoolean(), visibility(random)));
                        case 1 -> {
                            Finding f = own.get(random.nextInt(own.size()));
                            service.update(
                                    f.id(),
                                    f.revision(),
                                    TestFindings.draft(
                                            "Bevinding (telling)", random.nextBoolean(), visibility(random)));
                        }
                        default ->
                            service.delete(own.get(random.nextInt(own.size())).id());
                    }
                } catch (FindingConflictException | ExplainedNotFound changedMeanwhile) {
                    // the region's other writer changed or deleted it first: the count must hold all the same
                }
            }
        });
    }

    private void readRandomly(String region, Random random, int reads) {
        AsUser reader = random.nextBoolean() ? AsUser.member(region) : AsUser.lead(region);
        reader.run(region, () -> {
            List<Finding> feed = service.page(FindingScope.FEED, FindingFilter.NONE, 0, 200);
            for (int i = 0; i < reads && !feed.isEmpty(); i++) {
                try {
                    service.markRead(feed.get(random.nextInt(feed.size())).id());
                } catch (ExplainedNotFound meanwhileWithdrawn) {
                    // its region withdrew or deleted it since the feed was read (the writers run at the same time)
                }
            }
        });
    }

    private static Visibility visibility(Random random) {
        return Visibility.values()[random.nextInt(Visibility.values().length)];
    }
}

package nl.onderwijsregio.workspace.register;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.scheduling.ClusterJobs;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily, per region: marks received data past its retention without confirmed deletion as overdue, with an event
 * in the entry's history the first time only (running it twice changes nothing). With several instances of the app
 * on one database only one of them runs it ({@link ClusterJobs}).
 */
@Component
class RetentionWatch {

    static final String SYSTEM = "bewaartermijnbewaking";
    static final String JOB = "register.retention-watch";
    /** Another instance firing within this time after a run skips (its clock or its scheduler a little late). */
    private static final Duration AT_LEAST = Duration.ofMinutes(10);
    /** The lock is given up after this even when the instance running the job died. */
    private static final Duration AT_MOST = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(RetentionWatch.class);

    private final RegionService regions;
    private final RegisterEntries entries;
    private final RegisterEvents events;
    private final Tenancy tenancy;
    private final Clock clock;
    private final ClusterJobs jobs;

    RetentionWatch(
            RegionService regions,
            RegisterEntries entries,
            RegisterEvents events,
            Tenancy tenancy,
            Clock clock,
            ClusterJobs jobs) {
        this.jobs = jobs;
        this.regions = regions;
        this.entries = entries;
        this.events = events;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    @Scheduled(cron = "${workspace.register.retention-watch-cron:0 15 3 * * *}")
    void daily() {
        runScheduled();
    }

    /** The scheduled run: on this instance only when no instance ran it within ten minutes; returns whether it ran. */
    boolean runScheduled() {
        return jobs.runOnce(JOB, AT_LEAST, AT_MOST, () -> {
            int marked = run(LocalDate.now(clock));
            log.info("Retention watch marked {} register entries as overdue", marked);
        });
    }

    /** Checks every region as of {@code today}; returns how many entries became overdue. */
    int run(LocalDate today) {
        int marked = 0;
        for (Region region : regions.allRegions()) {
            // Each region in its own transaction with its own tenant setting: row-level security stays in force.
            marked += tenancy.inRegion(region.id(), () -> markOverdue(today));
        }
        return marked;
    }

    private int markOverdue(LocalDate today) {
        List<Long> ids = entries.markOverdue(today);
        ids.forEach(
                id -> events.record(id, SYSTEM, "OVERDUE", null, null, Message.of("register.history.overdue", today)));
        return ids.size();
    }
}

package nl.onderwijsregio.workspace.scheduling;

import java.time.Duration;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance of the app only, however many instances share the database: each start takes
 * the job's row in {@code scheduled_job_lock} (database clock), and an instance that finds it taken skips the run.
 * A job holds the lock while it runs (at most {@code atMost}, so a crashed instance does not block it for ever) and
 * then for at least {@code atLeast} after its start, so an instance whose trigger fires a little later skips too.
 */
@Component
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final JobLocks locks;
    private final Tenancy tenancy;
    private final String instance;

    ClusterJobs(JobLocks locks, Tenancy tenancy, InstanceName instance) {
        this.locks = locks;
        this.tenancy = tenancy;
        this.instance = instance.value();
    }

    /** Runs {@code work} when no instance ran {@code job} within {@code atLeast}; returns whether it ran here. */
    public boolean runOnce(String job, Duration atLeast, Duration atMost, Runnable work) {
        if (atLeast.compareTo(atMost) > 0) {
            throw new IllegalArgumentException("atLeast must not exceed atMost");
        }
        boolean mine = tenancy.withoutRegion(() -> locks.acquire(job, atMost, instance));
        if (!mine) {
            log.debug("Job {} skipped: another instance runs it or ran it within {}", job, atLeast);
            return false;
        }
        try {
            work.run();
        } finally {
            tenancy.withoutRegion(() -> locks.release(job, atLeast, instance));
        }
        return true;
    }
}

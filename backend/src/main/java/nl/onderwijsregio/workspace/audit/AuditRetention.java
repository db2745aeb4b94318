package nl.onderwijsregio.workspace.audit;

import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: removes audit rows older than {@code workspace.audit.retention-days} (default 730). The database function
 * takes a transaction-level advisory lock, so with several instances only one removes at a time; the others skip.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private final AuditEvents events;
    private final Tenancy tenancy;
    private final int keepDays;

    AuditRetention(AuditEvents events, Tenancy tenancy, @Value("${workspace.audit.retention-days:730}") int keepDays) {
        this.events = events;
        this.tenancy = tenancy;
        this.keepDays = keepDays;
    }

    @Scheduled(cron = "${workspace.audit.retention-cron:0 45 3 * * *}")
    void daily() {
        long removed = run();
        if (removed > 0) {
            log.info("Audit retention removed {} rows older than {} days", removed, keepDays);
        }
    }

    /** Removes what is past retention; -1 when another instance held the lock. */
    long run() {
        return tenancy.auditRetention(() -> events.prune(keepDays));
    }
}

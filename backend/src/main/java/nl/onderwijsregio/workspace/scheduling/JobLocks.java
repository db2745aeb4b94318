package nl.onderwijsregio.workspace.scheduling;

import static nl.onderwijsregio.db.Tables.SCHEDULED_JOB_LOCK;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.springframework.stereotype.Repository;

/** The scheduled_job_lock table: one row per job, taken by moving locked_until from the past into the future. */
@Repository
class JobLocks {

    private final DSLContext db;

    JobLocks(DSLContext db) {
        this.db = db;
    }

    /** Takes the job's lock until now + {@code atMost} when it is free (by the database's clock). */
    boolean acquire(String job, Duration atMost, String instance) {
        var until = DSL.currentOffsetDateTime().plus(seconds(atMost));
        return db.insertInto(SCHEDULED_JOB_LOCK)
                        .set(SCHEDULED_JOB_LOCK.JOB, job)
                        .set(SCHEDULED_JOB_LOCK.LOCKED_UNTIL, until)
                        .set(SCHEDULED_JOB_LOCK.LOCKED_AT, DSL.currentOffsetDateTime())
                        .set(SCHEDULED_JOB_LOCK.INSTANCE, instance)
                        .onConflict(SCHEDULED_JOB_LOCK.JOB)
                        .doUpdate()
                        .set(SCHEDULED_JOB_LOCK.LOCKED_UNTIL, until)
                        .set(SCHEDULED_JOB_LOCK.LOCKED_AT, DSL.currentOffsetDateTime())
                        .set(SCHEDULED_JOB_LOCK.INSTANCE, instance)
                        .where(SCHEDULED_JOB_LOCK.LOCKED_UNTIL.le(DSL.currentOffsetDateTime()))
                        .execute()
                == 1;
    }

    /** Keeps the lock until its start + {@code atLeast} (or frees it now, when that has passed). */
    void release(String job, Duration atLeast, String instance) {
        db.update(SCHEDULED_JOB_LOCK)
                .set(
                        SCHEDULED_JOB_LOCK.LOCKED_UNTIL,
                        DSL.greatest(SCHEDULED_JOB_LOCK.LOCKED_AT.plus(seconds(atLeast)), DSL.currentOffsetDateTime()))
                .where(SCHEDULED_JOB_LOCK.JOB.eq(job))
                .and(SCHEDULED_JOB_LOCK.INSTANCE.eq(instance))
                .execute();
    }

    private static Field<DayToSecond> seconds(Duration d) {
        return DSL.val(DayToSecond.valueOf(d));
    }
}

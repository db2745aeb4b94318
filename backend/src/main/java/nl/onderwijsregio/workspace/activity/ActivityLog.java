package nl.onderwijsregio.workspace.activity;

import static nl.onderwijsregio.db.Tables.REGION_ACTIVITY;

import java.util.List;
import nl.onderwijsregio.workspace.messages.StoredText;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The region_activity tenant table; the region column is filled by the database from the active region. */
@Repository
class ActivityLog {

    private final DSLContext db;

    ActivityLog(DSLContext db) {
        this.db = db;
    }

    void append(String kind, String summary, String actor) {
        db.insertInto(REGION_ACTIVITY)
                .set(REGION_ACTIVITY.KIND, kind)
                .set(REGION_ACTIVITY.SUMMARY, summary)
                .set(REGION_ACTIVITY.ACTOR, actor)
                .execute();
    }

    List<Activity> newest(int limit) {
        return db.select(
                        REGION_ACTIVITY.OCCURRED_AT,
                        REGION_ACTIVITY.ACTOR,
                        REGION_ACTIVITY.KIND,
                        REGION_ACTIVITY.SUMMARY)
                .from(REGION_ACTIVITY)
                .orderBy(REGION_ACTIVITY.OCCURRED_AT.desc(), REGION_ACTIVITY.ID.desc())
                .limit(limit)
                .fetch(r -> new Activity(r.value1(), r.value2(), r.value3(), StoredText.read(r.value4())));
    }
}

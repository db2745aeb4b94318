package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.db.Tables.REGISTER_EVENT;

import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The register_event tenant table: the append-only history of the active region's register entries. */
@Repository
class RegisterEvents {

    private final DSLContext db;

    RegisterEvents(DSLContext db) {
        this.db = db;
    }

    void record(long entryId, String actor, String action, @Nullable RegisterStatus from,
            @Nullable RegisterStatus to, String summary) {
        db.insertInto(REGISTER_EVENT)
                .set(REGISTER_EVENT.ENTRY_ID, entryId).set(REGISTER_EVENT.ACTOR, actor)
                .set(REGISTER_EVENT.ACTION, action)
                .set(REGISTER_EVENT.FROM_STATUS, from == null ? null : from.name())
                .set(REGISTER_EVENT.TO_STATUS, to == null ? null : to.name())
                .set(REGISTER_EVENT.SUMMARY, summary.length() > 1000 ? summary.substring(0, 1000) : summary)
                .execute();
    }

    /** Oldest first. */
    List<RegisterEvent> of(long entryId) {
        return db.selectFrom(REGISTER_EVENT).where(REGISTER_EVENT.ENTRY_ID.eq(entryId))
                .orderBy(REGISTER_EVENT.AT, REGISTER_EVENT.ID)
                .fetch(r -> new RegisterEvent(r.getId(), r.getEntryId(), r.getAt(), r.getActor(), r.getAction(),
                        status(r.getFromStatus()), status(r.getToStatus()), r.getSummary()));
    }

    private static @Nullable RegisterStatus status(@Nullable String name) {
        return name == null ? null : RegisterStatus.valueOf(name);
    }
}

package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.db.Tables.REGISTER_EVENT;
import static nl.onderwijsregio.workspace.database.TypedColumns.value;

import java.util.List;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.StoredText;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The register_event tenant table: the append-only history of the active region's register entries. */
@Repository
class RegisterEvents {

    private static final int MAX_SUMMARY = 1000;

    private final DSLContext db;

    RegisterEvents(DSLContext db) {
        this.db = db;
    }

    void record(
            long entryId,
            String actor,
            String action,
            @Nullable RegisterStatus from,
            @Nullable RegisterStatus to,
            Message summary) {
        db.insertInto(REGISTER_EVENT)
                .set(REGISTER_EVENT.ENTRY_ID, entryId)
                .set(REGISTER_EVENT.ACTOR, actor)
                .set(REGISTER_EVENT.ACTION, action)
                .set(RegisterColumns.EVENT_FROM_STATUS, from)
                .set(RegisterColumns.EVENT_TO_STATUS, to)
                .set(REGISTER_EVENT.SUMMARY, StoredText.write(summary, MAX_SUMMARY))
                .execute();
    }

    /** Oldest first. */
    List<RegisterEvent> of(long entryId) {
        return db.selectFrom(REGISTER_EVENT)
                .where(REGISTER_EVENT.ENTRY_ID.eq(entryId))
                .orderBy(REGISTER_EVENT.AT, REGISTER_EVENT.ID)
                .fetch(r -> new RegisterEvent(
                        r.getId(),
                        r.getEntryId(),
                        r.getAt(),
                        r.getActor(),
                        r.getAction(),
                        value(r, RegisterColumns.EVENT_FROM_STATUS),
                        value(r, RegisterColumns.EVENT_TO_STATUS),
                        StoredText.read(r.getSummary())));
    }
}

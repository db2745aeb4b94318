package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.db.Tables.PLATFORM_AUDIT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The append-only audit trail of changes to regions and neighbour pairs. */
@Repository
class PlatformAudit {

    private final DSLContext db;

    PlatformAudit(DSLContext db) {
        this.db = db;
    }

    void append(String actor, String action, String subject, String details) {
        db.insertInto(PLATFORM_AUDIT)
                .set(PLATFORM_AUDIT.ACTOR, actor)
                .set(PLATFORM_AUDIT.ACTION, action)
                .set(PLATFORM_AUDIT.SUBJECT, subject)
                .set(PLATFORM_AUDIT.DETAILS, details)
                .execute();
    }

    List<AuditEntry> newest(int limit) {
        return db.select(
                        PLATFORM_AUDIT.OCCURRED_AT,
                        PLATFORM_AUDIT.ACTOR,
                        PLATFORM_AUDIT.ACTION,
                        PLATFORM_AUDIT.SUBJECT,
                        PLATFORM_AUDIT.DETAILS)
                .from(PLATFORM_AUDIT)
                .orderBy(PLATFORM_AUDIT.OCCURRED_AT.desc(), PLATFORM_AUDIT.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }
}

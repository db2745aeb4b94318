package nl.onderwijsregio.workspace.security;

import static nl.onderwijsregio.db.Tables.OIDC_SESSION_END;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.springframework.stereotype.Repository;

/** The oidc_session_end table: Keycloak session ids ended by a back-channel logout, kept a day. */
@Repository
class EndedLoginSessions {

    /** Longer than any app session (8 hours): after that no session of the sid can be left. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final DSLContext db;

    EndedLoginSessions(DSLContext db) {
        this.db = db;
    }

    void end(String sid) {
        db.insertInto(OIDC_SESSION_END)
                .set(OIDC_SESSION_END.SID, sid)
                .onConflict(OIDC_SESSION_END.SID)
                .doUpdate()
                .set(OIDC_SESSION_END.ENDED_AT, DSL.currentOffsetDateTime())
                .execute();
        db.deleteFrom(OIDC_SESSION_END)
                .where(OIDC_SESSION_END.ENDED_AT.lt(DSL.currentOffsetDateTime().minus(DayToSecond.valueOf(KEPT))))
                .execute();
    }

    boolean ended(String sid) {
        return db.fetchExists(OIDC_SESSION_END, OIDC_SESSION_END.SID.eq(sid));
    }
}

package nl.onderwijsregio.workspace.audit;

import static nl.onderwijsregio.db.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The audit_event table, as row-level security lets the current transaction see it. */
@Repository
class AuditEvents {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final DSLContext db;

    AuditEvents(DSLContext db) {
        this.db = db;
    }

    List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        return db.select(
                        AUDIT_EVENT.ID,
                        AUDIT_EVENT.OCCURRED_AT,
                        AUDIT_EVENT.REGION_ID,
                        AUDIT_EVENT.ACTOR,
                        AUDIT_EVENT.ENTITY_TABLE,
                        AUDIT_EVENT.ENTITY_ID,
                        AUDIT_EVENT.OPERATION,
                        AUDIT_EVENT.OLD_VALUES,
                        AUDIT_EVENT.NEW_VALUES)
                .from(AUDIT_EVENT)
                .where(conditions(filter))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                // literals, not bind values: see RegisterEntries.page
                .offset(DSL.inline(offset))
                .limit(DSL.inline(limit))
                .fetch(r -> new AuditEvent(
                        r.get(AUDIT_EVENT.ID),
                        r.get(AUDIT_EVENT.OCCURRED_AT),
                        r.get(AUDIT_EVENT.REGION_ID),
                        r.get(AUDIT_EVENT.ACTOR),
                        r.get(AUDIT_EVENT.ENTITY_TABLE),
                        r.get(AUDIT_EVENT.ENTITY_ID),
                        r.get(AUDIT_EVENT.OPERATION),
                        text(r.get(AUDIT_EVENT.OLD_VALUES)),
                        text(r.get(AUDIT_EVENT.NEW_VALUES))));
    }

    int count(AuditFilter filter) {
        return db.fetchCount(AUDIT_EVENT, conditions(filter));
    }

    List<String> actors(@Nullable String region) {
        return db.selectDistinct(AUDIT_EVENT.ACTOR)
                .from(AUDIT_EVENT)
                .where(region == null ? DSL.noCondition() : AUDIT_EVENT.REGION_ID.eq(region))
                .orderBy(AUDIT_EVENT.ACTOR)
                .fetch(AUDIT_EVENT.ACTOR);
    }

    List<String> tables(@Nullable String region) {
        return db.selectDistinct(AUDIT_EVENT.ENTITY_TABLE)
                .from(AUDIT_EVENT)
                .where(region == null ? DSL.noCondition() : AUDIT_EVENT.REGION_ID.eq(region))
                .orderBy(AUDIT_EVENT.ENTITY_TABLE)
                .fetch(AUDIT_EVENT.ENTITY_TABLE);
    }

    /** Removes rows older than {@code keepDays} (the owner's function); -1 when another instance is at it. */
    long prune(int keepDays) {
        Long removed = db.select(DSL.function("audit_prune", Long.class, DSL.val(keepDays)))
                .fetchOne(0, Long.class);
        return removed == null ? 0 : removed;
    }

    private static List<Condition> conditions(AuditFilter filter) {
        List<Condition> where = new ArrayList<>();
        if (filter.regionId() != null) {
            where.add(AUDIT_EVENT.REGION_ID.eq(filter.regionId()));
        }
        if (filter.actor() != null) {
            where.add(AUDIT_EVENT.ACTOR.eq(filter.actor()));
        }
        if (filter.entityTable() != null) {
            where.add(AUDIT_EVENT.ENTITY_TABLE.eq(filter.entityTable()));
        }
        if (filter.from() != null) {
            where.add(AUDIT_EVENT.OCCURRED_AT.ge(startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.add(AUDIT_EVENT.OCCURRED_AT.lt(startOf(filter.to().plusDays(1))));
        }
        return where;
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(AMSTERDAM).toOffsetDateTime();
    }

    private static @Nullable String text(@Nullable JSONB value) {
        return value == null ? null : value.data();
    }
}

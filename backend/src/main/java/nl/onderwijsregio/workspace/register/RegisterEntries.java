package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.REGISTER_ENTRY;
import static nl.onderwijsregio.workspace.database.TypedColumns.value;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.onderwijsregio.db.tables.records.RegisterEntryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The register_entry tenant table; row-level security limits every statement to the active region. */
@Repository
class RegisterEntries {

    private static final List<Field<?>> ENTRY_COLUMNS = Stream.concat(
                    Stream.of(REGISTER_ENTRY.fields()), Stream.of(CATALOGUE_ENTRY.INFORMATION))
            .toList();

    private final DSLContext db;

    RegisterEntries(DSLContext db) {
        this.db = db;
    }

    Optional<RegisterEntry> byId(long id) {
        return select().where(REGISTER_ENTRY.ID.eq(id), REGISTER_ENTRY.DELETED.isFalse())
                .fetchOptional(RegisterEntries::toEntry);
    }

    /** A window on the entries that match {@code filter}; "retention ending within n days" counts from today. */
    List<RegisterEntry> page(RegisterFilter filter, LocalDate today, int offset, int limit, RegisterSort sort) {
        return select().where(conditions(filter, today))
                .and(REGISTER_ENTRY.DELETED.isFalse())
                .orderBy(order(sort))
                // Literals, not bind values: with a bound limit PostgreSQL's plan cache estimates a generic plan
                // for an unknown number of rows, finds it dearer than the custom plans, and so plans the statement
                // (with its row-level security sub-plans, ~2 ms) on every execution; with a literal limit the
                // prepared statement's generic plan is chosen after five executions. Few distinct values: the
                // screens page by a fixed size.
                .offset(DSL.inline(offset))
                .limit(DSL.inline(limit))
                .fetch(RegisterEntries::toEntry);
    }

    int count(RegisterFilter filter, LocalDate today) {
        return db.selectCount()
                .from(joined())
                .where(conditions(filter, today))
                .and(REGISTER_ENTRY.DELETED.isFalse())
                .fetchSingle()
                .value1();
    }

    long insert(RegisterDraft d, String actor) {
        return db.insertInto(REGISTER_ENTRY)
                .set(fields(d))
                .set(REGISTER_ENTRY.CREATED_BY, actor)
                .set(REGISTER_ENTRY.UPDATED_BY, actor)
                .returning(REGISTER_ENTRY.ID)
                .fetchSingle()
                .getId();
    }

    /** Applies the draft if the entry is still at {@code revision}; returns whether it was. */
    boolean update(long id, int revision, RegisterDraft d, boolean overdue, String actor) {
        return changed(db.update(REGISTER_ENTRY).set(fields(d)).set(REGISTER_ENTRY.OVERDUE, overdue), actor)
                        .where(current(id, revision))
                        .execute()
                == 1;
    }

    /** Moves the entry to {@code to} on {@code on} if it is still at {@code revision}; returns whether it was. */
    boolean moveTo(long id, int revision, RegisterStatus to, LocalDate on, String actor) {
        var update = db.update(REGISTER_ENTRY).set(RegisterColumns.STATUS, to);
        switch (to) {
            case AANGEVRAAGD -> update.set(REGISTER_ENTRY.REQUESTED_ON, on);
            case ONTVANGEN -> update.set(REGISTER_ENTRY.RECEIVED_ON, on);
            case AFGEWEZEN, INGETROKKEN -> update.set(REGISTER_ENTRY.CLOSED_ON, on);
            case VERWIJDERD ->
                update.set(REGISTER_ENTRY.CLOSED_ON, on)
                        .set(REGISTER_ENTRY.DELETION_CONFIRMED_ON, on)
                        .set(REGISTER_ENTRY.DELETION_CONFIRMED_BY, actor)
                        .set(REGISTER_ENTRY.OVERDUE, false);
            case GEWENST -> {}
        }
        return changed(update, actor).where(current(id, revision)).execute() == 1;
    }

    boolean softDelete(long id, String actor) {
        return changed(db.update(REGISTER_ENTRY).set(REGISTER_ENTRY.DELETED, true), actor)
                        .where(REGISTER_ENTRY.ID.eq(id), REGISTER_ENTRY.DELETED.isFalse())
                        .execute()
                == 1;
    }

    /** Marks received entries past retention without confirmed deletion as overdue; returns the newly marked ids. */
    List<Long> markOverdue(LocalDate today) {
        return db.update(REGISTER_ENTRY)
                .set(REGISTER_ENTRY.OVERDUE, true)
                .where(
                        RegisterColumns.STATUS.eq(RegisterStatus.ONTVANGEN),
                        REGISTER_ENTRY.DELETED.isFalse(),
                        REGISTER_ENTRY.OVERDUE.isFalse(),
                        REGISTER_ENTRY.RETENTION_UNTIL.lt(today),
                        REGISTER_ENTRY.DELETION_CONFIRMED_ON.isNull())
                .returning(REGISTER_ENTRY.ID)
                .fetch(REGISTER_ENTRY.ID);
    }

    /** Entries not deleted, per status. */
    Map<RegisterStatus, Integer> statusCounts() {
        Map<RegisterStatus, Integer> counts = new EnumMap<>(RegisterStatus.class);
        db.select(RegisterColumns.STATUS, DSL.count())
                .from(REGISTER_ENTRY)
                .where(REGISTER_ENTRY.DELETED.isFalse())
                .groupBy(REGISTER_ENTRY.STATUS)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Entries not deleted, per catalogue entry id and status. */
    Map<String, Map<RegisterStatus, Integer>> statusPerCatalogueEntry() {
        Map<String, Map<RegisterStatus, Integer>> counts = new TreeMap<>();
        db.select(REGISTER_ENTRY.CATALOGUE_ENTRY_ID, RegisterColumns.STATUS, DSL.count())
                .from(REGISTER_ENTRY)
                .where(REGISTER_ENTRY.DELETED.isFalse(), REGISTER_ENTRY.CATALOGUE_ENTRY_ID.isNotNull())
                .groupBy(REGISTER_ENTRY.CATALOGUE_ENTRY_ID, REGISTER_ENTRY.STATUS)
                .forEach(r -> counts.computeIfAbsent(r.value1(), id -> new EnumMap<>(RegisterStatus.class))
                        .put(r.value2(), r.value3()));
        return counts;
    }

    private static List<Condition> conditions(RegisterFilter filter, LocalDate today) {
        List<Condition> where = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            where.add(RegisterColumns.STATUS.in(filter.statuses()));
        }
        if (!filter.holderKinds().isEmpty()) {
            where.add(RegisterColumns.HOLDER_KIND.in(filter.holderKinds()));
        }
        if (filter.theme() != null) {
            where.add(CATALOGUE_ENTRY.THEME.eq(filter.theme()));
        }
        if (filter.retentionWithinDays() != null) {
            where.add(REGISTER_ENTRY.RETENTION_UNTIL.le(today.plusDays(filter.retentionWithinDays())));
        }
        return where;
    }

    boolean catalogueEntryExists(String id) {
        if (id.indexOf('\u0000') >= 0) {
            return false; // PostgreSQL text cannot hold a NUL (and refuses one as a parameter), so no entry has one
        }
        return db.fetchExists(CATALOGUE_ENTRY, CATALOGUE_ENTRY.ID.eq(id));
    }

    /**
     * The entries with their catalogue source's information. The columns are named, not {@code register_entry.*}:
     * then the fetched records hold the generated fields themselves, so reading a value finds its field by identity
     * instead of comparing names (with the asterisk jOOQ makes fields from the result's metadata, and mapping a page
     * of 50 entries cost a third of the page's time in the app).
     */
    private SelectJoinStep<Record> select() {
        return db.select(ENTRY_COLUMNS).from(joined());
    }

    private static Table<?> joined() {
        return REGISTER_ENTRY.leftJoin(CATALOGUE_ENTRY).on(CATALOGUE_ENTRY.ID.eq(REGISTER_ENTRY.CATALOGUE_ENTRY_ID));
    }

    private static Condition current(long id, int revision) {
        return REGISTER_ENTRY
                .ID
                .eq(id)
                .and(REGISTER_ENTRY.REVISION.eq(revision))
                .and(REGISTER_ENTRY.DELETED.isFalse());
    }

    private static <R extends Record> UpdateSetMoreStep<R> changed(UpdateSetMoreStep<R> update, String actor) {
        return update.set(REGISTER_ENTRY.REVISION, REGISTER_ENTRY.REVISION.plus(1))
                .set(REGISTER_ENTRY.UPDATED_AT, OffsetDateTime.now())
                .set(REGISTER_ENTRY.UPDATED_BY, actor);
    }

    private static Map<Field<?>, Object> fields(RegisterDraft d) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(REGISTER_ENTRY.CATALOGUE_ENTRY_ID, d.catalogueEntryId());
        values.put(REGISTER_ENTRY.SOURCE_TEXT, d.sourceText());
        values.put(REGISTER_ENTRY.WHAT, d.what());
        values.put(REGISTER_ENTRY.GRANULARITY, d.granularity());
        values.put(REGISTER_ENTRY.PERIOD, d.period());
        values.put(RegisterColumns.HOLDER_KIND, d.holderKind());
        values.put(REGISTER_ENTRY.HOLDER_NAME, d.holderName());
        values.put(REGISTER_ENTRY.BESTUURSNUMMER, d.bestuursnummer());
        values.put(REGISTER_ENTRY.REQUESTED_ON, d.requestedOn());
        values.put(REGISTER_ENTRY.RECEIVED_ON, d.receivedOn());
        values.put(RegisterColumns.AGREEMENT_TYPE, d.agreementType());
        values.put(REGISTER_ENTRY.AGREEMENT_REFERENCE, d.agreementReference());
        values.put(REGISTER_ENTRY.AGREEMENT_SIGNED_ON, d.agreementSignedOn());
        values.put(REGISTER_ENTRY.LEGAL_BASIS, d.legalBasis());
        values.put(REGISTER_ENTRY.RETENTION_UNTIL, d.retentionUntil());
        values.put(REGISTER_ENTRY.CONTACT_NAME, d.contactName());
        values.put(REGISTER_ENTRY.CONTACT_ROLE, d.contactRole());
        values.put(REGISTER_ENTRY.NOTES, d.notes());
        return values;
    }

    private static SortField<?>[] order(RegisterSort sort) {
        SortField<?> newest = REGISTER_ENTRY.UPDATED_AT.desc();
        SortField<?> id = REGISTER_ENTRY.ID.desc();
        return switch (sort) {
            case UPDATED -> new SortField<?>[] {newest, id};
            case RETENTION ->
                new SortField<?>[] {REGISTER_ENTRY.RETENTION_UNTIL.asc().nullsLast(), id};
            case HOLDER -> new SortField<?>[] {REGISTER_ENTRY.HOLDER_NAME.asc(), id};
            case STATUS ->
                new SortField<?>[] {
                    DSL.field(
                                    "array_position(array['GEWENST','AANGEVRAAGD','ONTVANGEN',"
                                            + "'AFGEWEZEN','INGETROKKEN','VERWIJDERD'], {0})",
                                    Integer.class, REGISTER_ENTRY.STATUS)
                            .asc(),
                    newest,
                    id
                };
        };
    }

    private static RegisterEntry toEntry(Record row) {
        RegisterEntryRecord r = row.into(REGISTER_ENTRY);
        return new RegisterEntry(
                r.getId(),
                r.getCatalogueEntryId(),
                row.get(CATALOGUE_ENTRY.INFORMATION),
                r.getSourceText(),
                r.getWhat(),
                r.getGranularity(),
                r.getPeriod(),
                value(r, RegisterColumns.HOLDER_KIND),
                r.getHolderName(),
                r.getBestuursnummer(),
                value(r, RegisterColumns.STATUS),
                r.getRequestedOn(),
                r.getReceivedOn(),
                r.getClosedOn(),
                value(r, RegisterColumns.AGREEMENT_TYPE),
                r.getAgreementReference(),
                r.getAgreementSignedOn(),
                r.getLegalBasis(),
                r.getRetentionUntil(),
                r.getDeletionConfirmedOn(),
                r.getDeletionConfirmedBy(),
                r.getContactName(),
                r.getContactRole(),
                r.getNotes(),
                r.getOverdue(),
                r.getRevision(),
                r.getCreatedAt(),
                r.getCreatedBy(),
                r.getUpdatedAt(),
                r.getUpdatedBy());
    }
}

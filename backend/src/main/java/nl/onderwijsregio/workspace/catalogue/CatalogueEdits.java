package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.DATA_PARTNER;
import static org.jooq.impl.DSL.max;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Writes to catalogue_entry for the maintainer: optimistic updates by revision, new entries, retiring. */
@Repository
class CatalogueEdits {

    private final DSLContext db;

    CatalogueEdits(DSLContext db) {
        this.db = db;
    }

    /** Applies the change if the entry is still at {@code revision}; returns whether it was. */
    boolean update(String id, EntryChange c, int revision, String actor) {
        return db.update(CATALOGUE_ENTRY)
                        .set(columns(c))
                        .set(CATALOGUE_ENTRY.REVISION, CATALOGUE_ENTRY.REVISION.plus(1))
                        .set(CATALOGUE_ENTRY.UPDATED_AT, OffsetDateTime.now())
                        .set(CATALOGUE_ENTRY.UPDATED_BY, actor)
                        .where(CATALOGUE_ENTRY.ID.eq(id), CATALOGUE_ENTRY.REVISION.eq(revision))
                        .execute()
                == 1;
    }

    String insert(EntryChange c, String actor) {
        db.execute("lock table catalogue_entry in share row exclusive mode");
        String last = db.select(max(CATALOGUE_ENTRY.ID)).from(CATALOGUE_ENTRY).fetchOne(0, String.class);
        int number = last == null ? 1 : Integer.parseInt(last.substring(1)) + 1;
        String id = "e%03d".formatted(number);
        Integer position =
                db.select(max(CATALOGUE_ENTRY.POSITION)).from(CATALOGUE_ENTRY).fetchOne(0, Integer.class);
        db.insertInto(CATALOGUE_ENTRY)
                .set(CATALOGUE_ENTRY.ID, id)
                .set(CATALOGUE_ENTRY.POSITION, position == null ? 1 : position + 1)
                .set(columns(c))
                .set(CATALOGUE_ENTRY.UPDATED_BY, actor)
                .execute();
        return id;
    }

    /** The columns an {@link EntryChange} sets, the same for a new entry and a changed one. */
    private static Map<Field<?>, Object> columns(EntryChange c) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(CATALOGUE_ENTRY.THEME, c.theme());
        columns.put(CATALOGUE_ENTRY.SUB_THEME, c.subTheme());
        columns.put(CATALOGUE_ENTRY.INFORMATION, c.information());
        columns.put(CATALOGUE_ENTRY.SOURCE, c.source());
        columns.put(CATALOGUE_ENTRY.LEVEL, c.level());
        columns.put(CATALOGUE_ENTRY.LINK, c.link());
        columns.put(CATALOGUE_ENTRY.NAVIGATION_HINT, c.navigationHint());
        columns.put(CATALOGUE_ENTRY.ACCESS, c.access());
        columns.put(CATALOGUE_ENTRY.SECTORS, c.sectors().toArray(String[]::new));
        columns.put(CATALOGUE_ENTRY.GRANULARITIES, c.granularities().toArray(String[]::new));
        columns.put(CATALOGUE_ENTRY.PARTNER_ID, c.partnerId());
        return columns;
    }

    boolean setRetired(String id, boolean retired, String actor) {
        return db.update(CATALOGUE_ENTRY)
                        .set(CATALOGUE_ENTRY.RETIRED, retired)
                        .set(CATALOGUE_ENTRY.REVISION, CATALOGUE_ENTRY.REVISION.plus(1))
                        .set(CATALOGUE_ENTRY.UPDATED_AT, OffsetDateTime.now())
                        .set(CATALOGUE_ENTRY.UPDATED_BY, actor)
                        .where(CATALOGUE_ENTRY.ID.eq(id), CATALOGUE_ENTRY.RETIRED.ne(retired))
                        .execute()
                == 1;
    }

    boolean partnerExists(String id) {
        return db.fetchExists(DATA_PARTNER, DATA_PARTNER.ID.eq(id));
    }
}

package nl.onderwijsregio.workspace.regiondata;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The tables that hold a region's rows, found in the catalogue, and their rows as JSON for the active region. */
@Repository
class RegionTables {

    private final DSLContext db;

    RegionTables(DSLContext db) {
        this.db = db;
    }

    /** Every table under row-level security with a {@code region_id} column (the audit log included). */
    List<String> names() {
        return db.fetch("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity
                           and exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                          and a.attname = 'region_id' and not a.attisdropped)
                         order by c.relname""").getValues(0, String.class);
    }

    /** The active region's own rows of {@code table} as a JSON array (other regions' shared rows left out). */
    String rowsAsJson(String table) {
        if (!names().contains(table)) {
            throw new IllegalArgumentException("Not a region table: " + table);
        }
        String sql = "select coalesce(jsonb_pretty(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text)), '[]') from "
                + table + " t where t.region_id = current_region_id()";
        return db.resultQuery(sql).fetchOne(0, String.class);
    }

    /** The active region's rows left in {@code table} as the current transaction sees them. */
    int count(String table) {
        if (!names().contains(table)) {
            throw new IllegalArgumentException("Not a region table: " + table);
        }
        Integer n = db.resultQuery("select count(*)::int from " + table + " t where t.region_id = current_region_id()")
                .fetchOne(0, Integer.class);
        return n == null ? 0 : n;
    }

    String erase(String regionId) {
        return db.resultQuery("select erase_region(?)::text", regionId).fetchOne(0, String.class);
    }
}

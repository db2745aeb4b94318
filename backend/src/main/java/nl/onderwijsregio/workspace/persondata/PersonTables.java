package nl.onderwijsregio.workspace.persondata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Where a person appears in the tables: every column that names who wrote, changed, decided or did something
 * ({@link #PERSON_COLUMNS}), found in the catalogue, and the rows in which it names a given person.
 */
@Repository
class PersonTables {

    /** The names the schema uses for "this person did it" (a test fails on a new such column not listed here). */
    static final Set<String> PERSON_COLUMNS = Set.of(
            "author",
            "actor",
            "username",
            "created_by",
            "updated_by",
            "changed_by",
            "decided_by",
            "suggested_by",
            "suggested_by_username",
            "added_by",
            "hidden_by",
            "established_by",
            "deletion_confirmed_by");

    /**
     * The per-person tables without a region: settings and reading marks (the notification marks have a region and are
     * exported with it, as one of {@link #regionTables()}).
     */
    static final List<String> PERSONAL = List.of("user_preference", "finding_read");

    private final DSLContext db;

    PersonTables(DSLContext db) {
        this.db = db;
    }

    /** For every table with a region and at least one person column: those columns, by table name. */
    Map<String, List<String>> regionTables() {
        return db.fetch("""
                        select c.relname, a.attname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                         where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity
                           and a.attname = any(?)
                           and exists (select 1 from pg_attribute r where r.attrelid = c.oid
                                          and r.attname = 'region_id' and not r.attisdropped)
                         order by c.relname, a.attname""", (Object) PERSON_COLUMNS.toArray(String[]::new)).stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(0, String.class),
                        LinkedHashMap::new,
                        Collectors.mapping(r -> r.get(1, String.class), Collectors.toList())));
    }

    /**
     * For every national table (no region: the catalogue, the template, the national lists' log) with a person
     * column: those columns, by table name. Only national staff write them.
     */
    Map<String, List<String>> nationalTables() {
        return db.fetch("""
                        select c.relname, a.attname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                         where n.nspname = current_schema() and c.relkind in ('r', 'p')
                           and a.attname = any(?) and c.relname <> all(?)
                           and not exists (select 1 from pg_attribute r where r.attrelid = c.oid
                                              and r.attname = 'region_id' and not r.attisdropped)
                         order by c.relname, a.attname""", PERSON_COLUMNS.toArray(String[]::new), PERSONAL.toArray(String[]::new)).stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(0, String.class),
                        LinkedHashMap::new,
                        Collectors.mapping(r -> r.get(1, String.class), Collectors.toList())));
    }

    /** The rows of the national {@code table} in which one of {@code columns} names {@code person}: by username, or by the display name that some logs keep. */
    String nationalRowsOf(String table, List<String> columns, WorkspaceUser person) {
        List<String> known = nationalTables().get(table);
        if (known == null || !known.containsAll(columns)) {
            throw new IllegalArgumentException("Not a person column of a national table: " + table + " " + columns);
        }
        String byPerson = columns.stream().map(c -> "t." + c + " in (?, ?)").collect(Collectors.joining(" or "));
        String sql = "select coalesce(jsonb_pretty(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text)), '[]') from "
                + table + " t where " + byPerson;
        return db.resultQuery(
                        sql,
                        columns.stream()
                                .flatMap(c -> Stream.of(person.username(), person.displayName()))
                                .toArray())
                .fetchOne(0, String.class);
    }

    /** The active region's own rows of {@code table} in which one of {@code columns} names {@code person}: by username, or by the display name that some logs keep. */
    String rowsOf(String table, List<String> columns, WorkspaceUser person) {
        List<String> known = regionTables().get(table);
        if (known == null || !known.containsAll(columns)) {
            throw new IllegalArgumentException("Not a person column of a region table: " + table + " " + columns);
        }
        String byPerson = columns.stream().map(c -> "t." + c + " in (?, ?)").collect(Collectors.joining(" or "));
        String sql = "select coalesce(jsonb_pretty(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text)), '[]') from "
                + table + " t where t.region_id = current_region_id() and (" + byPerson + ")";
        return db.resultQuery(
                        sql,
                        columns.stream()
                                .flatMap(c -> Stream.of(person.username(), person.displayName()))
                                .toArray())
                .fetchOne(0, String.class);
    }

    /** The person's rows of one of the {@link #PERSONAL} tables. */
    String personalRows(String table, String username) {
        if (!PERSONAL.contains(table)) {
            throw new IllegalArgumentException("Not a personal table: " + table);
        }
        String sql = "select coalesce(jsonb_pretty(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text)), '[]') from "
                + table + " t where t.username = ?";
        return db.resultQuery(sql, username).fetchOne(0, String.class);
    }

    /** Every text column anywhere in the schema that looks like it names a person, as {@code table.column}. */
    List<String> personLikeColumns() {
        return db.fetch("""
                        select c.relname || '.' || a.attname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                         where n.nspname = current_schema() and c.relkind in ('r', 'p')
                           and a.atttypid = 'text'::regtype
                           and (a.attname ~ '(_by|author|actor|username|person|member)$')
                         order by 1""").getValues(0, String.class);
    }
}

package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Generates the data set of a scale and loads it with COPY as the superuser (COPY into a table with row-level
 * security is refused for other roles), reproducibly: every table draws from its own generator seeded from 42.
 */
public final class DataGenerator {

    /** The tables, in load order (a table after those it refers to). */
    static final List<BenchTable> TABLES = List.of(
            new RegionRows(),
            new NeighbourRows(),
            new ProfileRows(),
            new RegisterEntryRows(),
            new FindingRows(),
            new PriorityRows());

    private DataGenerator() {}

    /** Builds the world (reading the catalogue the app imported) and loads every table; returns rows per table. */
    public static Loaded load(Connection superuser, double scale, LocalDate today) throws SQLException, IOException {
        World world = WorldFactory.build(scale, catalogueIds(superuser), today);
        superuser.setAutoCommit(true);
        try (Statement s = superuser.createStatement()) {
            // The rows stand for data that was already there: no audit rows (V22) or deferred version bumps (V31)
            // per loaded row, which made a scale-10 load take minutes. Triggers of the app's own writes still run.
            s.execute("set session_replication_role = replica");
        }
        for (BenchTable table : TABLES) {
            copy(superuser, world, table);
            try (Statement s = superuser.createStatement()) {
                for (String sql : table.afterLoad()) {
                    s.execute(sql);
                }
            }
        }
        try (Statement s = superuser.createStatement()) {
            s.execute("set session_replication_role = default");
            s.execute("update aggregate_version set version = version + 1"); // what the skipped triggers would do
            // and the feed's tallies (V34, V37) of what each region shared with all and with its neighbours, which the
            // skipped trigger keeps
            s.execute("""
                    insert into finding_shared_count (region_id, shared_with_all)
                    select region_id, count(*) from finding
                     where published and not deleted and visibility = 'ALL' group by region_id
                    on conflict (region_id) do update set shared_with_all = excluded.shared_with_all""");
            s.execute("""
                    insert into finding_neighbour_count (region_id, shared_with_neighbours)
                    select region_id, count(*) from finding
                     where published and not deleted and visibility = 'NEIGHBOURS' group by region_id
                    on conflict (region_id) do update set shared_with_neighbours = excluded.shared_with_neighbours""");
            s.execute("vacuum analyze"); // as autovacuum leaves a loaded table: statistics and visibility map
        }
        return new Loaded(world, counts(superuser));
    }

    /** The rows per non-empty table (as the superuser, in auto-commit). */
    public static Map<String, Long> counts(Connection superuser) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = superuser.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = s.executeQuery("select relname from pg_stat_user_tables"
                    + " where relname <> 'flyway_schema_history' order by relname")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static long copy(Connection superuser, World world, BenchTable table) throws SQLException, IOException {
        String sql = "copy " + table.table() + " (" + String.join(", ", table.columns()) + ") from stdin";
        CopyIn copy = superuser.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        Rows rows = new Rows(copy);
        try {
            table.rows(world, new SplittableRandom(42L * 31 + table.table().hashCode()), rows);
            rows.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return rows.count();
    }

    private static List<String> catalogueIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("select id from catalogue_entry where not retired order by position")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The catalogue is empty: the app's catalogue import did not run.");
        }
        return ids;
    }

    /** The generated world and the number of rows loaded per table. */
    public record Loaded(World world, Map<String, Long> rows) {}
}

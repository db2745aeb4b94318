package nl.onderwijsregio.workspace.bench.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Measures operations: per iteration the app, the floor and (for region-scoped operations) the floor without
 * row-level security, interleaved (in turns, see {@link #once}), so that noise from other work on the machine hits the
 * three alike.
 */
public final class OperationRunner {

    private final ApplicationContext beans;
    private final Connection appRole;
    private final Connection superuser;
    private final Connection writer;

    /**
     * {@code appRole}, {@code superuser} and {@code writer} (the application role too, not read-only: the floor of
     * operations that write) are dedicated connections, kept open for the whole run.
     */
    public OperationRunner(ApplicationContext beans, Connection appRole, Connection superuser, Connection writer)
            throws SQLException {
        this.beans = beans;
        this.appRole = appRole;
        this.superuser = superuser;
        this.writer = writer;
        writer.setAutoCommit(false);
        writer.setReadOnly(false);
        appRole.setAutoCommit(false);
        appRole.setReadOnly(true);
        superuser.setAutoCommit(false);
        superuser.setReadOnly(true);
    }

    /** {@link #warm Warms} the operation, then {@link #measure measures} it. */
    public OperationResult run(Operation operation, List<Sample> samples, int warmup) throws SQLException {
        warm(operation, samples, warmup);
        return measure(operation, samples);
    }

    /** Runs the operation {@code warmup} times (app, floor and no-RLS alike) without measuring. */
    public void warm(Operation operation, List<Sample> samples, int warmup) throws SQLException {
        boolean scoped = !operation.withoutRls(samples.getFirst()).isEmpty();
        for (int i = 0; i < warmup; i++) {
            once(operation, samples.get(i % samples.size()), scoped, null, null, null, i);
        }
    }

    /** Measures one iteration per sample. */
    public OperationResult measure(Operation operation, List<Sample> samples) throws SQLException {
        boolean scoped = !operation.withoutRls(samples.getFirst()).isEmpty();
        int n = samples.size();
        long[] app = new long[n];
        long[] floor = new long[n];
        long[] withoutRls = scoped ? new long[n] : null;
        for (int i = 0; i < n; i++) {
            once(operation, samples.get(i), scoped, app, floor, withoutRls, i);
        }
        return new OperationResult(
                operation.name(),
                operation.description(),
                operation.p95TargetMillis(),
                operation.national(),
                Latencies.ofNanos(app),
                Latencies.ofNanos(floor),
                withoutRls == null ? null : Latencies.ofNanos(withoutRls),
                operation.appOverFloorChecked(),
                operation.national() ? "security definer" : operation.withoutRlsNote());
    }

    /**
     * One iteration: the app, the floor and (if scoped) the floor without row-level security, each timed. Their order
     * turns with {@code i}, so each goes first equally often: the one that goes first reads the sample's pages into
     * PostgreSQL's buffers, which the others then find there (at scale 10 the database is 3 to 4 times the size of
     * the buffers). Always in the same order, the app paid that for the floor, and the floor for the no-RLS run.
     */
    private void once(
            Operation operation,
            Sample sample,
            boolean scoped,
            long @Nullable [] app,
            long @Nullable [] floor,
            long @Nullable [] withoutRls,
            int i)
            throws SQLException {
        int variants = scoped ? 3 : 2;
        long[] took = new long[variants];
        for (int k = 0; k < variants; k++) {
            int variant = (i + k) % variants;
            long start = System.nanoTime();
            switch (variant) {
                case 0 -> {
                    if (operation.national()) {
                        BenchUser.national(sample.user(), () -> operation.app(beans, sample));
                    } else {
                        BenchUser.leadOf(sample.region(), sample.user(), () -> operation.app(beans, sample));
                    }
                }
                case 1 ->
                    execute(
                            operation.writes() ? writer : appRole,
                            operation.national() ? NATIONAL : sample.region(),
                            sample.user(),
                            operation.floor(sample));
                default -> execute(superuser, null, null, operation.withoutRls(sample));
            }
            took[variant] = System.nanoTime() - start;
        }
        if (app != null && floor != null) {
            app[i] = took[0];
            floor[i] = took[1];
            if (withoutRls != null) {
                withoutRls[i] = took[2];
            }
        }
    }

    /** Stands for "no region, national scope" where a region is expected. */
    static final String NATIONAL = "(national)";

    /**
     * Runs the statements in one transaction, reading every value (of queries and of {@code returning} clauses), as a
     * hand-written data access layer would; with
     * {@code app.region_id} set to {@code region}, or {@code app.scope} to national for {@link #NATIONAL}, and
     * {@code app.username} to {@code user}, as the app's transaction manager sets them.
     */
    static void execute(Connection c, @Nullable String region, @Nullable String user, List<Sql> statements)
            throws SQLException {
        try {
            List<Object> settings = settings(region, user);
            for (Sql sql : statements) {
                // the settings travel with the first statement, in one round trip, as the app's connections send them
                String text = settings.isEmpty() ? sql.text() : SET + ";\n" + sql.text();
                List<Object> parameters = new java.util.ArrayList<>(settings);
                parameters.addAll(sql.parameters());
                settings = List.of();
                try (PreparedStatement ps = c.prepareStatement(text)) {
                    bind(c, ps, parameters);
                    boolean rows = ps.execute();
                    if (parameters.size() > sql.parameters().size()) {
                        rows = ps.getMoreResults();
                    }
                    if (!rows) {
                        continue;
                    }
                    try (ResultSet rs = ps.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int col = 1; col <= columns; col++) {
                                rs.getObject(col);
                            }
                        }
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Runs one statement as {@link #execute} would and returns its first column, one line per row. */
    static List<String> explain(Connection c, @Nullable String region, @Nullable String user, Sql sql)
            throws SQLException {
        List<String> lines = new java.util.ArrayList<>();
        try {
            scope(c, region, user);
            try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                bind(c, ps, sql.parameters());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
        } finally {
            c.commit();
        }
        return lines;
    }

    private static final String SET = "select set_config('app.region_id', ?, true),"
            + " set_config('app.scope', ?, true), set_config('app.username', ?, true)";

    /** The settings' values for {@link #SET}; none for the superuser's run without row-level security. */
    private static List<Object> settings(@Nullable String region, @Nullable String user) {
        if (region == null) {
            return List.of();
        }
        boolean national = NATIONAL.equals(region);
        return List.of(national ? "" : region, national ? "national" : "", user == null ? "" : user);
    }

    private static void scope(Connection c, @Nullable String region, @Nullable String user) throws SQLException {
        List<Object> settings = settings(region, user);
        if (settings.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(SET)) {
            bind(c, ps, settings);
            ps.execute();
        }
    }

    private static void bind(Connection c, PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int p = 0; p < parameters.size(); p++) {
            Object value = parameters.get(p);
            if (value instanceof String[] values) {
                ps.setArray(p + 1, c.createArrayOf("text", values));
            } else {
                ps.setObject(p + 1, value);
            }
        }
    }
}

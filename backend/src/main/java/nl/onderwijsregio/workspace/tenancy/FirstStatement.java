package nl.onderwijsregio.workspace.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The transaction's first statement, prepared as {@code select set_config(…); <statement>}: it binds the settings as
 * the first three parameters, shifts the caller's parameters behind them, and on execution skips the settings' result
 * so the caller sees only its own. A batch cannot be folded: on {@code addBatch} the settings go on their own and the
 * statement is prepared again as written, with the parameters bound so far.
 */
final class FirstStatement implements InvocationHandler {

    private static final int SHIFT = 3;

    private final Connection connection;
    private final String sql;
    private final List<String> settings;
    private final List<Call> calls = new ArrayList<>();
    private PreparedStatement target;
    private boolean folded = true;

    private record Call(Method method, @Nullable Object[] args) {}

    private FirstStatement(Connection connection, PreparedStatement target, String sql, List<String> settings)
            throws SQLException {
        this.connection = connection;
        this.target = target;
        this.sql = sql;
        this.settings = settings;
        ScopedConnection.bind(target, settings);
    }

    static PreparedStatement of(Connection connection, PreparedStatement target, String sql, List<String> settings)
            throws SQLException {
        return (PreparedStatement) Proxy.newProxyInstance(
                FirstStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                new FirstStatement(connection, target, sql, settings));
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
        if (!folded) {
            return call(method, args);
        }
        String name = method.getName();
        boolean noArgs = args == null || args.length == 0;
        if (name.equals("addBatch") || name.equals("getMetaData") || name.equals("getParameterMetaData")) {
            unfold();
            return call(method, args);
        }
        if (isParameter(method, args)) {
            calls.add(new Call(method, args.clone()));
            Object[] shifted = args.clone();
            shifted[0] = (Integer) args[0] + SHIFT;
            return call(method, shifted);
        }
        if (method.getDeclaringClass() == Statement.class && name.startsWith("set")) {
            calls.add(new Call(method, args));
        }
        switch (name) {
            case "clearParameters" -> {
                calls.removeIf(c -> c.method().getDeclaringClass() == PreparedStatement.class);
                target.clearParameters();
                ScopedConnection.bind(target, settings);
                return null;
            }
            case "execute" -> {
                if (noArgs) {
                    return executeSkippingSettings();
                }
            }
            case "executeQuery" -> {
                if (noArgs) {
                    if (!executeSkippingSettings()) {
                        throw new SQLException("No results were returned by the query.");
                    }
                    return target.getResultSet();
                }
            }
            case "executeUpdate" -> {
                if (noArgs) {
                    executeSkippingSettings();
                    return Math.max(target.getUpdateCount(), 0);
                }
            }
            case "executeLargeUpdate" -> {
                if (noArgs) {
                    executeSkippingSettings();
                    return Math.max(target.getLargeUpdateCount(), 0L);
                }
            }
            default -> {}
        }
        return call(method, args);
    }

    /** Runs both statements in one round trip; returns whether the caller's result is a result set. */
    private boolean executeSkippingSettings() throws SQLException {
        target.execute();
        return target.getMoreResults();
    }

    private void unfold() throws Throwable {
        folded = false;
        target.close();
        ScopedConnection.send(connection, settings);
        target = connection.prepareStatement(sql);
        for (Call c : calls) {
            call(c.method(), c.args());
        }
        calls.clear();
    }

    private static boolean isParameter(Method method, @Nullable Object[] args) {
        return method.getDeclaringClass() == PreparedStatement.class
                && method.getName().startsWith("set")
                && args != null
                && args.length > 0
                && args[0] instanceof Integer;
    }

    private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

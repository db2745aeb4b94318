package nl.onderwijsregio.workspace.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A pooled connection that sends the transaction's settings ({@code app.region_id}, {@code app.scope},
 * {@code app.username}) together with the transaction's first statement, in one round trip: PgJDBC sends the
 * statements of a multi-statement string in one batch ({@code select set_config(…); <statement>}), so the settings
 * are in place, transaction-local and from bound parameters, before the statement runs. Anything else done on the
 * connection first sends them on their own, as before; a transaction that runs no statement sends nothing.
 */
interface ScopedConnection extends Connection {

    String SET = "select set_config('app.region_id', ?, true), set_config('app.scope', ?, true),"
            + " set_config('app.username', ?, true)";

    /** The settings of the transaction just begun, sent with its first statement. */
    void deferScope(List<String> settings);

    static Connection of(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                ScopedConnection.class.getClassLoader(), new Class<?>[] {ScopedConnection.class}, new Handler(target));
    }

    /** Binds {@code settings} as the first three parameters of {@code statement}. */
    static void bind(PreparedStatement statement, List<String> settings) throws SQLException {
        for (int i = 0; i < settings.size(); i++) {
            statement.setString(i + 1, settings.get(i));
        }
    }

    /** Runs {@link #SET} with {@code settings} as a statement of its own. */
    static void send(Connection target, List<String> settings) throws SQLException {
        try (PreparedStatement statement = target.prepareStatement(SET)) {
            bind(statement, settings);
            statement.execute();
        }
    }

    /** The proxy's behaviour: defer, then fold into the first statement or send on its own. */
    final class Handler implements InvocationHandler {

        /** Calls that reach no SQL of the transaction, so need no settings yet. */
        private static final Set<String> LOCAL = Set.of(
                "getAutoCommit",
                "isReadOnly",
                "setReadOnly",
                "getTransactionIsolation",
                "setTransactionIsolation",
                "isClosed",
                "getWarnings",
                "clearWarnings",
                "getHoldability",
                "createArrayOf",
                "isWrapperFor");

        private final Connection target;
        private @Nullable List<String> pending;

        Handler(Connection target) {
            this.target = target;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "deferScope" -> {
                    @SuppressWarnings("unchecked")
                    List<String> settings = (List<String>) args[0];
                    pending = List.copyOf(settings);
                    return null;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "scoped " + target;
                }
                case "commit", "rollback", "close" -> {
                    if (args == null || args.length == 0) {
                        pending = null;
                    }
                }
                case "setAutoCommit" -> {
                    if (Boolean.TRUE.equals(args[0])) {
                        pending = null;
                    }
                }
                case "prepareStatement" -> {
                    List<String> settings = pending;
                    if (settings != null && args.length == 1) {
                        pending = null;
                        String sql = (String) args[0];
                        return FirstStatement.of(target, target.prepareStatement(SET + ";\n" + sql), sql, settings);
                    }
                    flush();
                }
                default -> {
                    if (!LOCAL.contains(name)) {
                        flush();
                    }
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void flush() throws SQLException {
            List<String> settings = pending;
            if (settings != null) {
                pending = null;
                send(target, settings);
            }
        }
    }
}

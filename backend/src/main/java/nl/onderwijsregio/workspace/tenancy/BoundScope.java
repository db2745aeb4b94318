package nl.onderwijsregio.workspace.tenancy;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scope bound to the current thread by {@link Tenancy}: a region, a named cross-region scope, or explicitly
 * neither. Only this package binds it; it is read at the start of every transaction.
 */
final class BoundScope {

    /** What the work may see: rows of {@code regionId}, and the tables that honour {@code crossScope}. */
    record Scope(@Nullable String regionId, @Nullable String crossScope) {}

    private static final ThreadLocal<@Nullable Scope> CURRENT = new ThreadLocal<>();

    private BoundScope() {}

    static Optional<Scope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Binds {@code scope} until the returned binding is closed. Refuses to change what a running transaction sees:
     * PostgreSQL received the scope when the transaction started, so a later change would silently not apply.
     */
    static Tenancy.Binding enter(Scope scope) {
        Scope previous = CURRENT.get();
        if (TransactionSynchronizationManager.isActualTransactionActive() && !Objects.equals(effective(), scope)) {
            throw new IllegalStateException("The tenancy scope must be chosen before the transaction starts: a "
                    + "transaction for " + effective() + " is running, " + scope + " was asked for.");
        }
        CURRENT.set(scope);
        return () -> CURRENT.set(previous);
    }

    /** The scope a transaction started now would get: the bound one, or the entry point's region. */
    static Scope effective() {
        Scope bound = CURRENT.get();
        return bound != null ? bound : new Scope(EntryPointRegions.current().orElse(null), null);
    }
}

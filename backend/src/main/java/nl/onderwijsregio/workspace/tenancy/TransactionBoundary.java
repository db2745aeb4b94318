package nl.onderwijsregio.workspace.tenancy;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refuses SQL outside a transaction: the region reaches PostgreSQL only when a transaction starts, so a statement
 * without one would see no tenant rows and fail silently. Every repository call goes through {@link Tenancy} or a
 * {@code @Transactional} service.
 */
class TransactionBoundary implements ExecuteListener {

    @Override
    public void start(ExecuteContext ctx) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "SQL outside a transaction (use Tenancy or a @Transactional service): " + ctx.query());
        }
    }
}

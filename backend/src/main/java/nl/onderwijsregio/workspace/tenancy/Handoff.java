package nl.onderwijsregio.workspace.tenancy;

import java.util.function.Supplier;
import nl.onderwijsregio.workspace.tenancy.BoundScope.Scope;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Continues the current work on another thread, for the same region: {@link #ofCurrentWork()} captures the scope the
 * work has now (what {@link Tenancy} bound, or the browser tab's region), and {@link #run} gives exactly that scope to
 * work done elsewhere — e.g. a long export that must not hold the tab's lock. Nothing chooses a region here; it only
 * carries the one the entry point already has.
 */
public final class Handoff {

    private final Scope scope;

    private Handoff(Scope scope) {
        this.scope = scope;
    }

    /** The scope of the work being done on this thread now. */
    public static Handoff ofCurrentWork() {
        return new Handoff(BoundScope.effective());
    }

    /** Runs {@code work} (on any thread) with the captured scope; its transactions see that region's rows. */
    public <T> T run(Supplier<T> work) {
        try (Tenancy.Binding ignored = BoundScope.enter(scope)) {
            return work.get();
        }
    }

    /**
     * Fails when a transaction is running: for slow work such as rendering a document, which must not keep a
     * database connection and the transaction's locks while it runs.
     */
    public static void requireNoTransaction(String what) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(what + " runs after its transaction, not inside it.");
        }
    }
}

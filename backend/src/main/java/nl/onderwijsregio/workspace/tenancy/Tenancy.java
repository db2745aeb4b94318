package nl.onderwijsregio.workspace.tenancy;

import java.util.function.Supplier;
import nl.onderwijsregio.workspace.tenancy.BoundScope.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way work reaches the database for a region, for national staff or for the catalogue review: each method
 * sets the scope <em>and</em> runs the work in one transaction that starts after it, so the order cannot be got wrong.
 * It checks nothing itself: callers check roles and membership first (services with {@code @PreAuthorize}, the API's
 * region interceptor). Entry points whose requests span several service transactions (an API call) {@link #bind} a
 * region instead; a browser tab keeps its own ({@link EntryPointRegion}).
 */
@Component
public class Tenancy {

    private final TransactionTemplate transaction;

    Tenancy(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Runs {@code work} in one transaction that sees {@code regionId}'s rows. */
    public <T> T inRegion(String regionId, Supplier<T> work) {
        return within(new Scope(regionId, null), work);
    }

    /** Runs {@code work} in one transaction that sees {@code regionId}'s rows. */
    public void inRegion(String regionId, Runnable work) {
        inRegion(regionId, () -> {
            work.run();
            return null;
        });
    }

    /** National staff without a region: one transaction in the {@code national} scope. */
    public <T> T national(Supplier<T> work) {
        return within(new Scope(null, CrossRegionScope.NATIONAL), work);
    }

    /** The platform administrator's Logboek of every region: one transaction in that scope. */
    public <T> T platformAudit(Supplier<T> work) {
        return within(new Scope(null, CrossRegionScope.PLATFORM_AUDIT), work);
    }

    /** The platform administrator erases a region: one transaction in that scope. */
    public <T> T regionErasure(Supplier<T> work) {
        return within(new Scope(null, CrossRegionScope.REGION_ERASURE), work);
    }

    /** The Logboek's retention job: one transaction in that scope. */
    public <T> T auditRetention(Supplier<T> work) {
        return within(new Scope(null, CrossRegionScope.AUDIT_RETENTION), work);
    }

    /** The catalogue maintainer's queue of suggestions of every region: one transaction in that scope. */
    public <T> T review(Supplier<T> work) {
        return within(new Scope(null, CrossRegionScope.CATALOGUE_REVIEW), work);
    }

    /** National lists only (regions, catalogue): one transaction in which no region's rows are visible. */
    public <T> T withoutRegion(Supplier<T> work) {
        return within(new Scope(null, null), work);
    }

    /** National lists only (regions, catalogue): one transaction in which no region's rows are visible. */
    public void withoutRegion(Runnable work) {
        withoutRegion(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Binds {@code regionId} (or explicitly none) to this thread for an entry point whose work spans several
     * transactions, each started by a service after this; closing the binding restores what was bound before.
     */
    public static Binding bind(@Nullable String regionId) {
        return BoundScope.enter(new Scope(regionId, null));
    }

    private <T> T within(Scope scope, Supplier<T> work) {
        try (Binding ignored = BoundScope.enter(scope)) {
            return transaction.execute(status -> work.get());
        }
    }

    /** Restores the previously bound scope when closed. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}

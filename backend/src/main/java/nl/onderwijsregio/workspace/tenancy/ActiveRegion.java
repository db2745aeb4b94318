package nl.onderwijsregio.workspace.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The region the current thread works for. Set per request by the web layer from the authenticated user (never from
 * the browser as is) and read at the start of every transaction; without it, tenant tables show no rows.
 */
public final class ActiveRegion {

    private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

    private ActiveRegion() {
    }

    /** The region id of the current work, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The region id of the current work; fails when no region is active. */
    public static String require() {
        return current().orElseThrow(NoActiveRegionException::new);
    }

    /** Makes {@code regionId} active on this thread until the returned scope is closed. */
    public static Scope enter(@Nullable String regionId) {
        String previous = CURRENT.get();
        CURRENT.set(regionId);
        return () -> CURRENT.set(previous);
    }

    /** Restores the previously active region when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code work} for {@code regionId} on this thread and restores what was active before. */
    public static <T> T callAs(@Nullable String regionId, Supplier<T> work) {
        try (Scope ignored = enter(regionId)) {
            return work.get();
        }
    }

    /** Runs {@code work} for {@code regionId} on this thread and restores what was active before. */
    public static void runAs(@Nullable String regionId, Runnable work) {
        callAs(regionId, () -> {
            work.run();
            return null;
        });
    }
}

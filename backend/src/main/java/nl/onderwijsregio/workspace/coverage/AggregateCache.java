package nl.onderwijsregio.workspace.coverage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.coverage.AggregateVersion.Version;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This instance's copy of each national aggregate, with the data version it was computed at. A request reads the
 * version (one cheap query in its transaction) and gets the copy only if that is still current; otherwise the
 * aggregate is computed again. Writes on any instance bump the version in the database, so no instance serves an
 * aggregate older than the data it was asked at. The values are immutable (records and unmodifiable lists).
 */
@Component
class AggregateCache {

    private record Cached(Version version, Object value) {}

    private final Map<String, Cached> entries = new ConcurrentHashMap<>();
    private final AggregateVersion versions;

    AggregateCache(AggregateVersion versions) {
        this.versions = versions;
    }

    /**
     * The aggregate {@code name} at the current data version; call inside the transaction that would compute it. The
     * version is read first: a write committed while computing makes the copy look older than it is, never newer.
     */
    @SuppressWarnings("unchecked")
    @Transactional(propagation = Propagation.MANDATORY)
    <T> T get(String name, Supplier<T> compute) {
        Version version = versions.current();
        Cached cached = entries.get(name);
        if (cached != null && cached.version().equals(version)) {
            return (T) cached.value();
        }
        T value = compute.get();
        entries.merge(name, new Cached(version, value), (old, fresh) -> newer(fresh, old) ? fresh : old);
        return value;
    }

    private static boolean newer(Cached a, Cached b) {
        return a.version().number() > b.version().number()
                || (a.version().number() == b.version().number()
                        && !a.version().month().isBefore(b.version().month()));
    }
}

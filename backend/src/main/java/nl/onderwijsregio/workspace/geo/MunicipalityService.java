package nl.onderwijsregio.workspace.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the municipalities, their adjacency and shapes: national reference data, the same for every role. Kept in
 * memory after the first read (it changes only when a new boundary year is loaded at start-up).
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    private final Municipalities municipalities;
    private volatile @Nullable Snapshot snapshot;

    MunicipalityService(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** Everything known about the municipalities at once. */
    public record Snapshot(
            List<Municipality> all,
            Map<String, Municipality> byCode,
            List<Adjacency> adjacency,
            Map<String, Geometry> shapes,
            int year) {

        /** The municipality's neighbours of these kinds. */
        public List<String> neighbours(String code, Adjacency.Kind... kinds) {
            List<Adjacency.Kind> wanted = List.of(kinds);
            return adjacency.stream()
                    .filter(a -> wanted.contains(a.kind()))
                    .filter(a -> a.first().equals(code) || a.second().equals(code))
                    .map(a -> a.first().equals(code) ? a.second() : a.first())
                    .toList();
        }

        /** The union of these municipalities' shapes (null for none). */
        public @Nullable Geometry union(Collection<String> codes) {
            List<Geometry> parts =
                    codes.stream().map(shapes::get).filter(g -> g != null).toList();
            return parts.isEmpty() ? null : UnaryUnionOp.union(parts);
        }
    }

    /** All municipalities by name. */
    public List<Municipality> all() {
        return current().all();
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(current().byCode().get(code));
    }

    /** The whole reference set: municipalities, adjacency and shapes. */
    public Snapshot snapshot() {
        return current();
    }

    /** Drops what is kept in memory (after a new boundary year was stored). */
    void forget() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known == null) {
            known = read();
            snapshot = known;
        }
        return known;
    }

    private Snapshot read() {
        List<Municipality> all = municipalities.all();
        WKTReader reader = new WKTReader(Topology.GEOMETRY);
        Map<String, Geometry> shapes = new HashMap<>();
        municipalities.boundaries().forEach((code, wkt) -> {
            try {
                shapes.put(code, reader.read(wkt));
            } catch (ParseException e) {
                throw new IllegalStateException("Stored boundary of " + code + " is not WKT", e);
            }
        });
        return new Snapshot(
                all,
                all.stream().collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity())),
                municipalities.adjacency(),
                Map.copyOf(shapes),
                municipalities.newestYear().orElse(0));
    }
}

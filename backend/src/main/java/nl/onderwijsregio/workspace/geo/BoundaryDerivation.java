package nl.onderwijsregio.workspace.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Derives, from the boundary files of one year, each municipality's province, COROP area and arbeidsmarktregio, and
 * the adjacency between municipalities. Rules:
 *
 * <ul>
 *   <li>Two municipalities whose boundaries use the same TopoJSON arc share a border ({@code BORDER}).
 *   <li>A municipality without any border (the Wadden islands Texel, Vlieland, Terschelling, Ameland,
 *       Schiermonnikoog) is joined ({@code ISLAND}) to the nearest municipality of its own province that has a
 *       border: it counts as connected to the coast it belongs to.
 *   <li>The larger area holding a municipality is the one that contains an interior point of it; failing that (the
 *       layers are simplified separately), the one it overlaps most.
 * </ul>
 */
final class BoundaryDerivation {

    private BoundaryDerivation() {}

    /** What was derived: the municipalities with their areas, and every adjacency. */
    record Derived(
            int year, List<Municipality> municipalities, Map<String, Geometry> shapes, Set<Adjacency> adjacency) {}

    static Derived derive(BoundaryFiles files) {
        Topology municipalities = files.municipalities();
        List<Holder> provinces = holders(files.provinces());
        List<Holder> corops = holders(files.corops());
        List<Holder> labourMarkets = holders(files.labourMarkets());
        List<Municipality> result = new ArrayList<>();
        Map<String, Geometry> shapes = new HashMap<>();
        for (Topology.Feature m : municipalities.features()) {
            result.add(new Municipality(
                    m.code(),
                    m.name(),
                    files.year(),
                    holding(m.shape(), provinces).orElse(null),
                    holding(m.shape(), corops).orElse(null),
                    holding(m.shape(), labourMarkets).orElse(null)));
            shapes.put(m.code(), m.shape());
        }
        return new Derived(files.year(), List.copyOf(result), Map.copyOf(shapes), adjacency(municipalities, result));
    }

    static Set<Adjacency> adjacency(Topology topology, List<Municipality> municipalities) {
        Map<Integer, List<String>> byArc = new HashMap<>();
        for (Topology.Feature f : topology.features()) {
            f.arcs()
                    .forEach(arc ->
                            byArc.computeIfAbsent(arc, k -> new ArrayList<>()).add(f.code()));
        }
        Set<Adjacency> pairs = new LinkedHashSet<>();
        for (List<String> codes : byArc.values()) {
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    if (!codes.get(i).equals(codes.get(j))) {
                        pairs.add(Adjacency.of(codes.get(i), codes.get(j), Adjacency.Kind.BORDER));
                    }
                }
            }
        }
        Set<String> bordered = new HashSet<>();
        pairs.forEach(p -> {
            bordered.add(p.first());
            bordered.add(p.second());
        });
        Map<String, String> provinceOf = new HashMap<>();
        municipalities.forEach(m -> provinceOf.put(
                m.code(), m.province() == null ? "" : m.province().code()));
        for (Topology.Feature island : topology.features()) {
            if (bordered.contains(island.code())) {
                continue;
            }
            topology.features().stream()
                    .filter(f -> bordered.contains(f.code()))
                    .filter(f -> provinceOf.get(f.code()).equals(provinceOf.get(island.code())))
                    .min(Comparator.comparingDouble(f -> f.shape().distance(island.shape())))
                    .ifPresent(coast -> pairs.add(Adjacency.of(island.code(), coast.code(), Adjacency.Kind.ISLAND)));
        }
        return Set.copyOf(pairs);
    }

    private record Holder(Municipality.Area area, Geometry shape, PreparedGeometry prepared) {}

    private static List<Holder> holders(Topology topology) {
        return topology.features().stream()
                .map(f -> {
                    Geometry valid = f.shape().isValid() ? f.shape() : f.shape().buffer(0);
                    return new Holder(
                            new Municipality.Area(f.code(), f.name()), valid, PreparedGeometryFactory.prepare(valid));
                })
                .toList();
    }

    private static Optional<Municipality.Area> holding(Geometry municipality, List<Holder> holders) {
        Geometry shape = municipality.isValid() ? municipality : municipality.buffer(0);
        Point inside = shape.getInteriorPoint();
        for (Holder h : holders) {
            if (h.prepared().contains(inside)) {
                return Optional.of(h.area());
            }
        }
        return holders.stream()
                .filter(h -> h.prepared().intersects(shape))
                .max(Comparator.comparingDouble(
                        h -> h.shape().intersection(shape).getArea()))
                .map(Holder::area);
    }
}

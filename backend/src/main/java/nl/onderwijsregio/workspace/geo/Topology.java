package nl.onderwijsregio.workspace.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One TopoJSON file of the CBS gebiedsindelingen: its areas with code, name, shape (JTS, WGS84) and the arcs each
 * area's boundary uses. Two areas that use the same arc share that stretch of border.
 */
record Topology(List<Feature> features) {

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    /** An area of the file: {@code statcode}, {@code statnaam}, its shape and the (unsigned) arc indices it uses. */
    record Feature(String code, String name, Geometry shape, Set<Integer> arcs) {}

    /** Reads a TopoJSON topology from the classpath; fails when the file is missing or not a topology. */
    static Topology read(String resource) {
        try (InputStream in = Topology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Boundary file missing from the classpath: " + resource);
            }
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static Topology parse(JsonNode root) {
        if (!"Topology".equals(root.path("type").asString(""))) {
            throw new IllegalStateException("Not a TopoJSON topology");
        }
        List<Coordinate[]> arcs = decodeArcs(root.path("arcs"), root.path("transform"));
        JsonNode objects = root.path("objects");
        if (objects.size() != 1) {
            throw new IllegalStateException("Expected one object in the topology, found " + objects.size());
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode geometry : objects.values().iterator().next().path("geometries")) {
            JsonNode properties = geometry.path("properties");
            Set<Integer> used = new HashSet<>();
            List<Polygon> polygons = new ArrayList<>();
            JsonNode parts = geometry.path("arcs");
            switch (geometry.path("type").asString("")) {
                case "Polygon" -> polygons.add(polygon(parts, arcs, used));
                case "MultiPolygon" -> parts.forEach(p -> polygons.add(polygon(p, arcs, used)));
                default -> throw new IllegalStateException("Unexpected geometry type " + geometry.path("type"));
            }
            Geometry shape = polygons.size() == 1
                    ? polygons.getFirst()
                    : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            features.add(new Feature(
                    properties.path("statcode").asString(),
                    properties.path("statnaam").asString(),
                    shape,
                    Set.copyOf(used)));
        }
        return new Topology(List.copyOf(features));
    }

    /** Quantized, delta-encoded arcs to absolute coordinates. */
    private static List<Coordinate[]> decodeArcs(JsonNode arcs, JsonNode transform) {
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        List<Coordinate[]> decoded = new ArrayList<>(arcs.size());
        for (JsonNode arc : arcs) {
            Coordinate[] points = new Coordinate[arc.size()];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.path(i).path(0).asLong();
                y += arc.path(i).path(1).asLong();
                points[i] = new Coordinate(round(x * sx + tx), round(y * sy + ty));
            }
            decoded.add(points);
        }
        return decoded;
    }

    private static Polygon polygon(JsonNode rings, List<Coordinate[]> arcs, Set<Integer> used) {
        LinearRing shell = ring(rings.path(0), arcs, used);
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.path(i), arcs, used);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode arcIndices, List<Coordinate[]> arcs, Set<Integer> used) {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode index : arcIndices) {
            int i = index.asInt();
            int arc = i >= 0 ? i : ~i;
            used.add(arc);
            Coordinate[] stretch = arcs.get(arc);
            for (int k = 0; k < stretch.length; k++) {
                Coordinate c = stretch[i >= 0 ? k : stretch.length - 1 - k];
                if (k > 0 || points.isEmpty()) {
                    points.add(c);
                }
            }
        }
        if (!points.getFirst().equals2D(points.getLast())) {
            points.add(points.getFirst());
        }
        while (points.size() < 4) {
            points.add(points.getFirst());
        }
        return GEOMETRY.createLinearRing(points.toArray(Coordinate[]::new));
    }

    /** The files are quantized to about 0.001°: six decimals keep every point exact and the WKT short. */
    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}

package nl.onderwijsregio.workspace.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** JTS geometry as a GeoJSON geometry object (RFC 7946: longitude, latitude; outer rings counter-clockwise). */
public final class GeoJson {

    private GeoJson() {}

    /** A (multi)polygon as {@code {"type": "MultiPolygon", "coordinates": [...]}}. */
    public static Map<String, Object> geometry(Geometry shape) {
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i) instanceof Polygon polygon) {
                polygons.add(polygon(polygon));
            }
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "MultiPolygon");
        geometry.put("coordinates", polygons);
        return geometry;
    }

    private static List<Object> polygon(Polygon polygon) {
        Polygon oriented = (Polygon) polygon.copy();
        oriented.normalize(); // JTS normal form: shell clockwise, holes counter-clockwise
        List<Object> rings = new ArrayList<>();
        rings.add(ring(oriented.getExteriorRing(), true));
        for (int i = 0; i < oriented.getNumInteriorRing(); i++) {
            rings.add(ring(oriented.getInteriorRingN(i), true));
        }
        return rings;
    }

    private static List<double[]> ring(LineString ring, boolean reverse) {
        Coordinate[] points = ring.getCoordinates();
        List<double[]> result = new ArrayList<>(points.length);
        for (int i = 0; i < points.length; i++) {
            Coordinate c = points[reverse ? points.length - 1 - i : i];
            result.add(new double[] {c.x, c.y});
        }
        return result;
    }
}

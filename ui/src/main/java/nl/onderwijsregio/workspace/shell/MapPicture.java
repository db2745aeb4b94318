package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A map drawn on the server as inline SVG (no tile server, no script): each area a path with a {@code <title>};
 * an area with an address is a link, reachable with the keyboard and named for screen readers. Always give the same
 * information as text and as a table beside it, and the attribution line ({@link #ATTRIBUTION_KEY}).
 */
public final class MapPicture {

    /** Translation key of the attribution line shown under every map. */
    public static final String ATTRIBUTION_KEY = "map.attribution";

    private static final double WIDTH = 560;
    /** Longitude degrees are shorter than latitude degrees at 52° north. */
    private static final double LON_FACTOR = Math.cos(Math.toRadians(52.2));

    private MapPicture() {}

    /**
     * One area on the map.
     *
     * @param href   where a click or Enter leads, or null for an area that is no link
     * @param strong drawn with a thick outline (the area the map is about)
     */
    public record Part(
            String id,
            String label,
            Geometry shape,
            String fill,
            @Nullable String href,
            boolean strong) {}

    /**
     * The map of {@code parts} (drawn in order) as an HTML component; {@code focus} limits the view (null: all).
     *
     * @param label what the map shows, for assistive technology
     */
    public static Html of(String id, String label, List<Part> parts, @Nullable Envelope focus) {
        Envelope view = new Envelope();
        if (focus != null) {
            view.expandToInclude(focus);
        } else {
            parts.forEach(p -> view.expandToInclude(p.shape().getEnvelopeInternal()));
        }
        if (view.isNull()) {
            view.expandToInclude(new Envelope(3.3, 7.3, 50.7, 53.6));
        }
        view.expandBy(Math.max(view.getWidth(), view.getHeight()) * 0.04);
        double scale = WIDTH / (view.getWidth() * LON_FACTOR);
        double height = view.getHeight() * scale;
        double tolerance = Math.max(view.getWidth(), view.getHeight()) / 1500;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<div class=\"map-picture\"><svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(escape(id))
                .append("\" role=\"group\" aria-label=\"")
                .append(escape(label))
                .append("\" viewBox=\"0 0 ")
                .append(number(WIDTH))
                .append(' ')
                .append(number(height))
                .append("\" width=\"100%\" style=\"max-width:")
                .append(number(WIDTH))
                .append("px\"><style>a:focus path,a:hover path{stroke:#000;stroke-width:2.5}</style>");
        for (Part part : parts) {
            if (!part.shape().getEnvelopeInternal().intersects(view)) {
                continue;
            }
            Geometry simple = TopologyPreservingSimplifier.simplify(part.shape(), tolerance);
            String path = "<path d=\"" + path(simple, view, scale) + "\" fill=\"" + escape(part.fill())
                    + "\" fill-rule=\"evenodd\" stroke=\"" + (part.strong() ? "#1a1a1a" : "#ffffff")
                    + "\" stroke-width=\"" + (part.strong() ? "1.8" : "0.6") + "\" data-id=\""
                    + escape(part.id()) + "\"><title>" + escape(part.label()) + "</title></path>";
            if (part.href() != null) {
                svg.append("<a href=\"")
                        .append(escape(part.href()))
                        .append("\" aria-label=\"")
                        .append(escape(part.label()))
                        .append("\">")
                        .append(path)
                        .append("</a>");
            } else {
                svg.append(path);
            }
        }
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    private static String path(Geometry shape, Envelope view, double scale) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i) instanceof Polygon polygon) {
                ring(d, polygon.getExteriorRing(), view, scale);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(d, polygon.getInteriorRingN(h), view, scale);
                }
            }
        }
        return d.toString();
    }

    private static void ring(StringBuilder d, LineString ring, Envelope view, double scale) {
        Coordinate[] points = ring.getCoordinates();
        for (int i = 0; i < points.length; i++) {
            double x = (points[i].x - view.getMinX()) * LON_FACTOR * scale;
            double y = (view.getMaxY() - points[i].y) * scale;
            d.append(i == 0 ? 'M' : 'L').append(number(x)).append(' ').append(number(y));
        }
        d.append('Z');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

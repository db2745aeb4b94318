package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionArea;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.shell.DataTable;
import nl.onderwijsregio.workspace.shell.MapPicture;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The region's area on the home page: a map of its municipalities with the neighbouring regions by border, a text
 * summary, the municipalities as a table (with their arbeidsmarktregio, COROP area and province) and the attribution.
 */
class AreaCard extends Div {

    static final String OWN_FILL = "#1f5fa8";
    static final String NEIGHBOUR_FILL = "#9ec3e6";
    static final String OTHER_FILL = "#e3e3e3";

    AreaCard(
            RegionAreaService areas,
            MunicipalityService municipalities,
            Region region,
            @org.jspecify.annotations.Nullable String neighbourLink) {
        addClassName("card");
        addClassName("area-card");
        setId("area-card");
        add(new H2(getTranslation("area.heading")));
        RegionArea area = areas.area(region.id());
        if (area.municipalities().isEmpty()) {
            add(new Paragraph(getTranslation("area.none")));
            return;
        }
        add(new Paragraph(summary(area)));
        add(map(area, areas, municipalities, neighbourLink));
        add(DataTable.of(
                getTranslation("area.table.caption", region.name()),
                List.of(
                        getTranslation("area.column.municipality"),
                        getTranslation("area.column.labourMarket"),
                        getTranslation("area.column.corop"),
                        getTranslation("area.column.province")),
                area.municipalities().stream()
                        .map(m -> List.<Object>of(
                                m.name() + " (" + m.code() + ")",
                                name(m.labourMarket()),
                                name(m.corop()),
                                name(m.province())))
                        .toList()));
        Paragraph attribution = new Paragraph(getTranslation(MapPicture.ATTRIBUTION_KEY));
        attribution.addClassName("map-attribution");
        add(attribution);
    }

    private String summary(RegionArea area) {
        String names = area.municipalities().stream().map(Municipality::name).collect(Collectors.joining(", "));
        String neighbours = area.neighboursByBorder().isEmpty()
                ? getTranslation("area.summary.noNeighbours")
                : getTranslation(
                        "area.summary.neighbours",
                        area.neighboursByBorder().stream().map(Region::name).collect(Collectors.joining(", ")));
        return getTranslation("area.summary", area.municipalities().size(), names) + " " + neighbours;
    }

    private static com.vaadin.flow.component.Component map(
            RegionArea area,
            RegionAreaService areas,
            MunicipalityService municipalities,
            @org.jspecify.annotations.Nullable String neighbourLink) {
        MunicipalityService.Snapshot geo = municipalities.snapshot();
        Map<String, Geometry> shapes = areas.shapes();
        Geometry own = shapes.get(area.region().id());
        Envelope focus = new Envelope(own.getEnvelopeInternal());
        List<MapPicture.Part> parts = new ArrayList<>();
        Map<String, String> holders = areas.assignments();
        for (Municipality m : geo.all()) {
            if (!holders.containsKey(m.code())) {
                parts.add(new MapPicture.Part(m.code(), m.name(), geo.shapes().get(m.code()), OTHER_FILL, null, false));
            }
        }
        for (Region neighbour : area.neighboursByBorder()) {
            Geometry shape = shapes.get(neighbour.id());
            focus.expandToInclude(shape.getEnvelopeInternal());
            parts.add(
                    new MapPicture.Part(neighbour.id(), neighbour.name(), shape, NEIGHBOUR_FILL, neighbourLink, false));
        }
        parts.add(new MapPicture.Part(area.region().id(), area.region().name(), own, OWN_FILL, null, true));
        return MapPicture.of("area-map", area.region().name(), parts, focus);
    }

    private static String name(Municipality.@org.jspecify.annotations.Nullable Area area) {
        return area == null ? "–" : area.name();
    }
}

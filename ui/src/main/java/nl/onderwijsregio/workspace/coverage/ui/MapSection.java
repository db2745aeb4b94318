package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.coverage.AnalysisProgress;
import nl.onderwijsregio.workspace.coverage.CoverageCell;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionArea;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.shell.DataTable;
import nl.onderwijsregio.workspace.shell.MapPicture;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * *Kaart*: the geographic regions coloured by a measure (switchable), each a link to its drill-down below the map;
 * the same numbers in a table, a text summary, the attribution, and the municipalities that belong to no region yet.
 */
class MapSection extends Div {

    static final String MEASURE = "meting";
    static final String REGION = "regio";

    MapSection(
            CoverageService coverage,
            RegionAreaService areas,
            MunicipalityService municipalities,
            RegionService regions,
            RegionMap.Measure measure,
            @Nullable String selected) {
        setId("national-map");
        List<CoverageCell> matrix = coverage.matrix();
        List<AnalysisProgress> analyses = coverage.analyses();
        Map<String, RegionMap.Value> values = RegionMap.values(measure, matrix, analyses);
        Map<String, Geometry> shapes = areas.shapes();
        List<Region> mapped = regions.allRegions().stream()
                .filter(r -> r.kind() == RegionKind.GEOGRAPHIC && shapes.containsKey(r.id()))
                .toList();
        List<Municipality> unassigned = areas.unassigned();

        add(new H2(getTranslation("national.map.title")), measureChoice(measure, selected));
        add(new Paragraph(summary(measure, mapped, values, unassigned.size())));
        add(legend(measure));
        List<MapPicture.Part> parts = new ArrayList<>();
        MunicipalityService.Snapshot geo = municipalities.snapshot();
        for (Municipality m : unassigned) {
            parts.add(new MapPicture.Part(
                    m.code(),
                    getTranslation("national.map.unassigned.one", m.name()),
                    geo.shapes().get(m.code()),
                    RegionMap.NO_REGION_FILL,
                    null,
                    false));
        }
        for (Region region : mapped) {
            RegionMap.Value value = values.getOrDefault(region.id(), new RegionMap.Value(0, 0));
            parts.add(new MapPicture.Part(
                    region.id(),
                    region.name() + ": " + valueText(measure, value),
                    shapes.get(region.id()),
                    RegionMap.CLASS_FILLS[value.step()],
                    address(measure, region.id()),
                    region.id().equals(selected)));
        }
        add(MapPicture.of("region-map", getTranslation("national.map.aria", label(measure)), parts, null));
        Paragraph attribution = new Paragraph(getTranslation(MapPicture.ATTRIBUTION_KEY));
        attribution.addClassName("map-attribution");
        add(attribution);
        add(DataTable.of(
                getTranslation("national.map.table", label(measure)),
                List.of(getTranslation("national.column.region"), label(measure)),
                mapped.stream()
                        .map(r -> List.<Object>of(
                                new Anchor(address(measure, r.id()), r.name()),
                                valueText(measure, values.getOrDefault(r.id(), new RegionMap.Value(0, 0)))))
                        .toList()));
        if (selected != null) {
            regions.find(selected)
                    .filter(r -> r.kind() == RegionKind.GEOGRAPHIC)
                    .ifPresent(r -> add(drillDown(areas.area(r.id()), matrix, analyses)));
        }
        add(unassigned(unassigned));
    }

    private Component measureChoice(RegionMap.Measure measure, @Nullable String selected) {
        Select<RegionMap.Measure> choice = new Select<>();
        choice.setId("map-measure");
        choice.setLabel(getTranslation("national.map.measure"));
        choice.setItems(RegionMap.Measure.values());
        choice.setItemLabelGenerator(this::label);
        choice.setValue(measure);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Map<String, String> query = new java.util.LinkedHashMap<>();
                query.put(NationalView.PART, "kaart");
                query.put(MEASURE, e.getValue().key());
                if (selected != null) {
                    query.put(REGION, selected);
                }
                UI.getCurrent().navigate(NationalView.class, QueryParameters.simple(query));
            }
        });
        return choice;
    }

    private String summary(
            RegionMap.Measure measure, List<Region> mapped, Map<String, RegionMap.Value> values, int unassigned) {
        String top = mapped.stream()
                .max(Comparator.comparingInt((Region r) ->
                        values.getOrDefault(r.id(), new RegionMap.Value(0, 0)).number()))
                .map(r -> getTranslation(
                        "national.map.summary.top",
                        r.name(),
                        valueText(measure, values.getOrDefault(r.id(), new RegionMap.Value(0, 0)))))
                .orElse("");
        return getTranslation("national.map.summary", mapped.size(), label(measure), unassigned) + " " + top;
    }

    private Component legend(RegionMap.Measure measure) {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("map-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("national.map.legend"));
        for (int step = 0; step < RegionMap.CLASS_FILLS.length; step++) {
            if (measure == RegionMap.Measure.ANALYSE && step == 1) {
                continue;
            }
            Span swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", RegionMap.CLASS_FILLS[step]);
            legend.add(
                    new ListItem(swatch, new Span(getTranslation("national.map.class." + measure.key() + "." + step))));
        }
        Span none = new Span();
        none.addClassName("swatch");
        none.getStyle().set("background", RegionMap.NO_REGION_FILL);
        legend.add(new ListItem(none, new Span(getTranslation("national.map.class.none"))));
        return legend;
    }

    private Component drillDown(RegionArea area, List<CoverageCell> matrix, List<AnalysisProgress> analyses) {
        Div panel = new Div();
        panel.setId("map-region");
        panel.addClassName("card");
        Region region = area.region();
        panel.add(new H3(region.name()));
        panel.add(new Paragraph(getTranslation(
                "national.map.region.area",
                area.municipalities().size(),
                area.municipalities().stream().map(Municipality::name).collect(Collectors.joining(", ")))));
        panel.add(new Paragraph(getTranslation(
                "national.map.region.neighbours",
                area.neighboursByBorder().isEmpty()
                        ? "–"
                        : area.neighboursByBorder().stream().map(Region::name).collect(Collectors.joining(", ")))));
        String status = analyses.stream()
                .filter(a -> a.regionId().equals(region.id()) && a.status() != null)
                .findFirst()
                .map(a -> getTranslation("analysis.status." + a.status().name()))
                .orElse(getTranslation("national.map.class.analyse.0"));
        panel.add(new Paragraph(getTranslation("national.map.region.analysis", status)));
        panel.add(DataTable.of(
                getTranslation("national.map.region.table", region.name()),
                List.of(
                        getTranslation("national.map.region.theme"),
                        getTranslation("national.map.region.registered"),
                        getTranslation("national.map.region.received")),
                matrix.stream()
                        .filter(c -> c.regionId().equals(region.id()))
                        .map(c -> List.<Object>of(
                                c.theme().label(), c.registered() + " / " + c.themeEntries(), c.received()))
                        .toList()));
        return panel;
    }

    private Component unassigned(List<Municipality> unassigned) {
        UnorderedList list = new UnorderedList();
        unassigned.forEach(m -> list.add(new ListItem(m.name() + " (" + m.code() + ")")));
        Details details = new Details(getTranslation("national.map.unassigned", unassigned.size()), list);
        details.setId("map-unassigned");
        return details;
    }

    private String address(RegionMap.Measure measure, String region) {
        return "landelijk?" + NationalView.PART + "=kaart&" + MEASURE + "=" + measure.key() + "&" + REGION + "="
                + region;
    }

    private String label(RegionMap.Measure measure) {
        return getTranslation("national.map.measure." + measure.key());
    }

    private String valueText(RegionMap.Measure measure, RegionMap.Value value) {
        return switch (measure) {
            case DEKKING -> getTranslation("national.map.value.dekking", value.number());
            case ONTVANGEN -> getTranslation("national.map.value.received", value.number());
            case ANALYSE -> getTranslation("national.map.value.analyse." + value.number());
        };
    }
}

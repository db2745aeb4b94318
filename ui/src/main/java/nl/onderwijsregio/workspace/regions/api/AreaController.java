package nl.onderwijsregio.workspace.regions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.geo.GeoJson;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionArea;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionService;
import org.locationtech.jts.geom.Geometry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's area ({@code /api/v1/regions/{region}/area}, public like the neighbour list; changed by the platform
 * administrator) and the map of all geographic regions as GeoJSON ({@code /api/v1/map/regions}).
 */
@RestController
@Tag(name = "Gebieden")
class AreaController {

    private final RegionAreaService areas;
    private final RegionService regions;

    AreaController(RegionAreaService areas, RegionService regions) {
        this.areas = areas;
        this.regions = regions;
    }

    @GetMapping("/api/v1/regions/{region}/area")
    @Operation(
            summary = "Het gebied van een regio",
            description = "De gemeenten van de regio, de regio's waarmee ze een gemeentegrens deelt en de"
                    + " arbeidsmarktregio's, COROP-gebieden en provincies waarin ze ligt. Een onbekende regio: 404.")
    AreaJson area(@PathVariable String region) {
        known(region);
        return AreaJson.of(areas.area(region));
    }

    @PutMapping("/api/v1/regions/{region}/area")
    @Operation(
            summary = "Het gebied van een regio vastleggen (platformbeheerder)",
            description = "Geeft de regio precies deze gemeenten. Geweigerd (400, met uitleg) als een gemeente al bij"
                    + " een andere regio hoort, het gebied niet aaneengesloten is of de regio landelijk is.")
    AreaJson setArea(
            @PathVariable String region,
            @RequestBody(required = false) @org.jspecify.annotations.Nullable AreaChange change) {
        known(region);
        if (change == null || change.municipalities() == null) {
            throw new nl.onderwijsregio.workspace.regions.RegionRuleException("regions.area.municipalities-as-list");
        }
        return AreaJson.of(areas.setArea(region, change.municipalities()));
    }

    @GetMapping(
            value = "/api/v1/map/regions",
            produces = {"application/geo+json", "application/json"})
    @Operation(
            summary = "De kaart van de regio's (GeoJSON)",
            description = "Een FeatureCollection met per geografische regio met een gebied één feature: id, naam en"
                    + " soort, en de vereniging van de grenzen van haar gemeenten (WGS84). Bron: CBS"
                    + " Gebiedsindelingen via PDOK, CC BY 4.0.")
    Map<String, Object> map() {
        Map<String, Geometry> shapes = areas.shapes();
        List<Map<String, Object>> features = regions.allRegions().stream()
                .filter(r -> shapes.containsKey(r.id()))
                .map(r -> feature(r, shapes.get(r.id())))
                .toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("attribution", "Grenzen: CBS Gebiedsindelingen via PDOK, CC BY 4.0 (vereenvoudigd)");
        collection.put("features", features);
        return collection;
    }

    private void known(String region) {
        if (regions.find(region).isEmpty()) {
            throw new ExplainedNotFound("regions.import.unknown-region", region);
        }
    }

    private static Map<String, Object> feature(Region region, Geometry shape) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", region.id());
        feature.put(
                "properties",
                Map.of(
                        "id", region.id(),
                        "name", region.name(),
                        "kind", region.kind().name().toLowerCase(java.util.Locale.ROOT)));
        feature.put("geometry", GeoJson.geometry(shape));
        return feature;
    }

    /** The municipalities a region's area is to have: codes such as {@code GM0363}. */
    record AreaChange(@org.jspecify.annotations.Nullable List<String> municipalities) {}

    record AreaJson(
            String region,
            List<Municipality> municipalities,
            List<String> neighboursByBorder,
            List<Municipality.Area> labourMarkets,
            List<Municipality.Area> corops,
            List<Municipality.Area> provinces) {

        static AreaJson of(RegionArea area) {
            return new AreaJson(
                    area.region().id(),
                    area.municipalities(),
                    area.neighboursByBorder().stream().map(Region::id).toList(),
                    area.labourMarkets(),
                    area.corops(),
                    area.provinces());
        }
    }
}

package nl.onderwijsregio.workspace.regions.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.activity.Activity;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.regions.NeighbourPair;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionProfile;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.regions.RegionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/regions}: the regions with their neighbours, and per region its profile and activity. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionsController {

    private final RegionService regions;
    private final RegionProfileService profiles;
    private final ActivityService activity;

    RegionsController(RegionService regions, RegionProfileService profiles, ActivityService activity) {
        this.regions = regions;
        this.profiles = profiles;
        this.activity = activity;
    }

    @GetMapping
    List<RegionJson> all() {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (NeighbourPair pair : regions.neighbourPairs()) {
            neighbours.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair.second());
            neighbours.computeIfAbsent(pair.second(), k -> new ArrayList<>()).add(pair.first());
        }
        return regions.allRegions().stream()
                .map(r -> new RegionJson(
                        r.id(),
                        r.name(),
                        r.kind().name().toLowerCase(java.util.Locale.ROOT),
                        r.active(),
                        neighbours.getOrDefault(r.id(), List.of()).stream()
                                .sorted()
                                .toList()))
                .toList();
    }

    @GetMapping("/{region}/profile")
    RegionProfile profile(@PathVariable String region) {
        return profiles.currentProfile()
                .orElseThrow(() -> new NoSuchElementException("Deze regio heeft nog geen profiel."));
    }

    @PutMapping("/{region}/profile")
    RegionProfile saveProfile(@PathVariable String region, @RequestBody ProfileChange change) {
        return profiles.save(change);
    }

    @DeleteMapping("/{region}/profile")
    ResponseEntity<Void> clearProfile(@PathVariable String region) {
        boolean removed = profiles.clear();
        return removed
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @GetMapping("/{region}/activity")
    List<Activity> activity(@PathVariable String region, @RequestParam(defaultValue = "20") int limit) {
        return activity.recent(limit);
    }

    record RegionJson(String id, String name, String kind, boolean active, List<String> neighbours) {}
}

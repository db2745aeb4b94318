package nl.onderwijsregio.workspace.regions.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.regions.NeighbourPair;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionProfile;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
        return profiles.currentProfile().orElseThrow(() -> new ExplainedNotFound("regions.profile.none"));
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
    List<ActivityJson> activity(
            @PathVariable String region,
            @RequestParam(defaultValue = "20") int limit,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        Locale locale = ProblemTexts.locale(language);
        return activity.recent(limit).stream()
                .map(a -> new ActivityJson(
                        a.occurredAt(), a.actor(), a.kind(), a.summary().text(locale)))
                .toList();
    }

    /** An entry of the activity log, its summary in the client's language (Accept-Language, Dutch by default). */
    record ActivityJson(OffsetDateTime occurredAt, String actor, String kind, String summary) {}

    record RegionJson(String id, String name, String kind, boolean active, List<String> neighbours) {}
}

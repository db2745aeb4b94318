package nl.onderwijsregio.workspace.findings.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingComment;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingPage;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/regions/{region}/findings} and {@code …/feed}: for people of the region in the path, who read their
 * own findings and those shared with the region (row-level security decides which), and write their own. Changes
 * carry the revision they were based on (409 otherwise).
 */
@RestController
@RequestMapping("/api/v1/regions/{region}")
class FindingsController {

    /** The highest page number (page × size stays far below {@code int} overflow). */
    static final int MAX_PAGE = 100_000;

    static final String PAGE_RANGE = "{invalid.api.page-range}";

    private final FindingService findings;
    private final RegionService regions;

    FindingsController(FindingService findings, RegionService regions) {
        this.findings = findings;
        this.regions = regions;
    }

    /** The region's own findings (drafts included); {@code scope=VISIBLE} searches all it may read. */
    @GetMapping("/findings")
    Page list(
            @PathVariable String region,
            @RequestParam(defaultValue = "OWN") FindingScope scope,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable FindingKind kind,
            @RequestParam(required = false) @Nullable Visibility visibility,
            @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = PAGE_RANGE)
                    @Max(value = MAX_PAGE, message = PAGE_RANGE)
                    int page,
            @RequestParam(defaultValue = "50") int size) {
        FindingScope chosen = scope == FindingScope.SHARED_WITH_ALL ? FindingScope.VISIBLE : scope;
        return page(region, chosen, new FindingFilter(q, theme(theme), kind, null, visibility, null), page, size);
    }

    /** Published findings other regions shared with this region (as a neighbour or with all), newest first. */
    @GetMapping("/feed")
    Page feed(
            @PathVariable String region,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable FindingKind kind,
            @RequestParam(name = "from", required = false) @Nullable String fromRegion,
            @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = PAGE_RANGE)
                    @Max(value = MAX_PAGE, message = PAGE_RANGE)
                    int page,
            @RequestParam(defaultValue = "50") int size) {
        return page(
                region,
                FindingScope.FEED,
                new FindingFilter(q, theme(theme), kind, region(regions, fromRegion), null, null),
                page,
                size);
    }

    @PostMapping("/findings")
    ResponseEntity<FindingJson> create(@PathVariable String region, @RequestBody FindingDraft draft) {
        Finding created = findings.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + region + "/findings/" + created.id()))
                .body(FindingJson.of(created, true));
    }

    @GetMapping("/findings/{id}")
    FindingJson one(@PathVariable String region, @PathVariable long id) {
        return json(region, findings.get(id));
    }

    /** Changes an own finding that is still at {@code revision}. */
    @PutMapping("/findings/{id}")
    FindingJson update(
            @PathVariable String region,
            @PathVariable long id,
            @RequestParam int revision,
            @RequestBody FindingDraft draft) {
        return json(region, findings.update(id, revision, draft));
    }

    /** Removes an own finding for everyone (its author or the lead). */
    @DeleteMapping("/findings/{id}")
    ResponseEntity<Void> delete(@PathVariable String region, @PathVariable long id) {
        findings.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/findings/{id}/comments")
    List<FindingComment> comments(@PathVariable String region, @PathVariable long id) {
        return findings.comments(id);
    }

    /** Reacts on a published finding the region may read, e.g. {@code {"body":"Herkenbaar!"}}. */
    @PostMapping("/findings/{id}/comments")
    ResponseEntity<FindingComment> comment(
            @PathVariable String region, @PathVariable long id, @RequestBody CommentBody body) {
        FindingComment created = findings.comment(id, body.body());
        return ResponseEntity.status(201).body(created);
    }

    private Page page(String region, FindingScope scope, FindingFilter filter, int page, int size) {
        int limit = Math.clamp(size, 1, 200);
        FindingPage found = findings.list(scope, filter, page * limit, limit);
        return new Page(
                found.items().stream().map(f -> json(region, f)).toList(),
                found.total().value(),
                found.total().exact(),
                page,
                limit);
    }

    /** The region to filter on ({@code from}): the id of an existing region, else 400. */
    static @Nullable String region(RegionService regions, @Nullable String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        if (!REGION_ID.matcher(from).matches() || regions.find(from).isEmpty()) {
            throw new FindingRuleException("findings.from-unknown-region");
        }
        return from;
    }

    private static final Pattern REGION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** The theme to filter on, by its Dutch name (as findings show it) or its code; 400 if it is not a theme. */
    static @Nullable Theme theme(@Nullable String theme) {
        try {
            return Theme.of(theme);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, unknown.getMessage());
        }
    }

    private static FindingJson json(String region, Finding f) {
        return FindingJson.of(f, f.regionId().equals(region));
    }

    /** {@code totalExact} is false for a search by words with more hits than counted: then there are more than {@code total}. */
    record Page(List<FindingJson> items, int total, boolean totalExact, int page, int size) {}

    record CommentBody(String body) {}
}

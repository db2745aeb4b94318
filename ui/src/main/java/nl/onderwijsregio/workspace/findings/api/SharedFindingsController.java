package nl.onderwijsregio.workspace.findings.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import nl.onderwijsregio.workspace.findings.FindingComment;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingPage;
import nl.onderwijsregio.workspace.findings.SharedFindings;
import nl.onderwijsregio.workspace.regions.RegionService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/findings}: for national staff, the findings regions shared with all regions and with them. */
@RestController
@RequestMapping("/api/v1/findings")
class SharedFindingsController {

    /** The highest page number (page × size stays far below {@code int} overflow). */
    static final int MAX_PAGE = 100_000;

    static final String PAGE_RANGE = "{invalid.api.page-range}";

    private final SharedFindings shared;
    private final RegionService regions;

    SharedFindingsController(SharedFindings shared, RegionService regions) {
        this.shared = shared;
        this.regions = regions;
    }

    @GetMapping
    FindingsController.Page list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable FindingKind kind,
            @RequestParam(name = "from", required = false) @Nullable String fromRegion,
            @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = PAGE_RANGE)
                    @Max(value = MAX_PAGE, message = PAGE_RANGE)
                    int page,
            @RequestParam(defaultValue = "50") int size) {
        int limit = Math.clamp(size, 1, 200);
        FindingFilter filter = new FindingFilter(
                q, FindingsController.theme(theme), kind, FindingsController.region(regions, fromRegion), null, null);
        FindingPage found = shared.list(filter, page * limit, limit);
        return new FindingsController.Page(
                found.items().stream().map(f -> FindingJson.of(f, false)).toList(),
                found.total().value(),
                found.total().exact(),
                page,
                limit);
    }

    @GetMapping("/{id}")
    FindingJson one(@PathVariable long id) {
        return FindingJson.of(shared.get(id), false);
    }

    @GetMapping("/{id}/comments")
    List<FindingComment> comments(@PathVariable long id) {
        return shared.comments(id);
    }
}

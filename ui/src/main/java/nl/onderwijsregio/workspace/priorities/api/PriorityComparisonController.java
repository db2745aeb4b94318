package nl.onderwijsregio.workspace.priorities.api;

import java.util.List;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison of priorities between regions: per region its ranked published priorities, the theme matrix and the
 * similarity to the own region. Asked for a region ({@code /api/v1/regions/{region}/priorities/compare}), that region
 * is the own one and adds its drafts; asked without one ({@code /api/v1/priorities/compare}, e.g. by the
 * Realisatie-Eenheid), published priorities only.
 */
@RestController
class PriorityComparisonController {

    private final PriorityService priorities;

    PriorityComparisonController(PriorityService priorities) {
        this.priorities = priorities;
    }

    @GetMapping("/api/v1/priorities/compare")
    Comparison compare(@RequestParam List<String> regions) {
        return priorities.compare(regions);
    }

    @GetMapping("/api/v1/regions/{region}/priorities/compare")
    Comparison compareFrom(@PathVariable String region, @RequestParam List<String> regions) {
        return priorities.compare(regions);
    }
}

package nl.onderwijsregio.workspace.priorities.api;

import java.util.List;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.RegionScope;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/priorities/compare?regions=a,b,c}: per region its ranked published priorities, the theme matrix and
 * the similarity to the own region. The own region ({@code own}, or the caller's only region) adds its drafts; the
 * Realisatie-Eenheid compares published priorities only.
 */
@RestController
class PriorityComparisonController {

    private final PriorityService priorities;
    private final RegionScope scope;
    private final CurrentUser currentUser;

    PriorityComparisonController(PriorityService priorities, RegionScope scope, CurrentUser currentUser) {
        this.priorities = priorities;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/priorities/compare")
    Comparison compare(@RequestParam List<String> regions, @RequestParam(required = false) @Nullable String own) {
        WorkspaceUser user = currentUser.require();
        String region = own != null ? own : user.regions().size() == 1 ? user.regions().iterator().next() : null;
        return region == null ? priorities.compare(regions) : scope.call(region, () -> priorities.compare(regions));
    }
}

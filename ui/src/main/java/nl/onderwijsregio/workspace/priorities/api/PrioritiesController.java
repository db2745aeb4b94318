package nl.onderwijsregio.workspace.priorities.api;

import java.net.URI;
import java.util.List;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
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

/**
 * {@code /api/v1/regions/{region}/priorities}: a region's ranked priorities, drafts included, for its members; only
 * its lead changes them. Changes carry the revision they were based on (409 when it changed meanwhile).
 */
@RestController
@RequestMapping("/api/v1/regions/{region}/priorities")
class PrioritiesController {

    private final PriorityService priorities;

    PrioritiesController(PriorityService priorities) {
        this.priorities = priorities;
    }

    /** The region's priorities by rank. */
    @GetMapping
    List<Priority> list(@PathVariable String region) {
        return priorities.own();
    }

    /** Adds a priority at the end of the ranking (lead only). */
    @PostMapping
    ResponseEntity<Priority> create(@PathVariable String region, @RequestBody PriorityDraft draft) {
        Priority created = priorities.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + region + "/priorities/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    Priority one(@PathVariable String region, @PathVariable long id) {
        return priorities.priority(id);
    }

    /** Changes the priority that is still at {@code revision} (lead only). */
    @PutMapping("/{id}")
    Priority update(
            @PathVariable String region,
            @PathVariable long id,
            @RequestParam int revision,
            @RequestBody PriorityDraft draft) {
        return priorities.update(id, revision, draft);
    }

    /** Ranks the region's priorities in the order of the given ids, which must name each of them once (lead only). */
    @PutMapping("/order")
    List<Priority> reorder(@PathVariable String region, @RequestBody List<Long> ids) {
        return priorities.reorder(ids);
    }

    /** Deletes the priority for good; the ones below it move up (lead only). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String region, @PathVariable long id) {
        priorities.delete(id);
        return ResponseEntity.noContent().build();
    }
}

package nl.onderwijsregio.workspace.register.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import org.jspecify.annotations.Nullable;
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
 * {@code /api/v1/regions/{region}/register}: a region's register of obtained closed data, for its members; changes
 * carry the revision they were based on, so nothing is silently overwritten (409 otherwise).
 */
@RestController
@RequestMapping("/api/v1/regions/{region}/register")
class RegisterController {

    /** The highest page number (page × size stays far below {@code int} overflow). */
    static final int MAX_PAGE = 100_000;

    static final String PAGE_RANGE = "{invalid.api.page-range}";

    private final RegisterService register;

    RegisterController(RegisterService register) {
        this.register = register;
    }

    @GetMapping
    Page list(
            @PathVariable String region,
            @RequestParam(defaultValue = "") Set<RegisterStatus> status,
            @RequestParam(defaultValue = "") Set<HolderKind> holderKind,
            @RequestParam(defaultValue = "UPDATED") RegisterSort sort,
            @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = PAGE_RANGE)
                    @Max(value = MAX_PAGE, message = PAGE_RANGE)
                    int page,
            @RequestParam(defaultValue = "50") int size) {
        int limit = Math.clamp(size, 1, 200);
        RegisterFilter filter = new RegisterFilter(status, holderKind, null, null);
        return new Page(register.page(filter, page * limit, limit, sort), register.count(filter), page, limit);
    }

    @PostMapping
    ResponseEntity<RegisterEntry> create(@PathVariable String region, @RequestBody RegisterDraft draft) {
        RegisterEntry created = register.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + region + "/register/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    RegisterEntry one(@PathVariable String region, @PathVariable long id) {
        return register.entry(id);
    }

    /** Changes the entry that is still at {@code revision}. */
    @PutMapping("/{id}")
    RegisterEntry update(
            @PathVariable String region,
            @PathVariable long id,
            @RequestParam int revision,
            @RequestBody RegisterDraft draft) {
        return register.update(id, revision, draft);
    }

    /** Moves the entry to its next status, e.g. {@code {"to":"ONTVANGEN","on":"2026-11-01","revision":2}}. */
    @PostMapping("/{id}/status")
    RegisterEntry transition(@PathVariable String region, @PathVariable long id, @RequestBody Step step) {
        if (step.to() == null) {
            throw new RegisterRuleException("register.step.to-missing");
        }
        return register.transition(id, step.revision(), step.to(), step.on());
    }

    /** Soft delete, for the region's lead only. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String region, @PathVariable long id) {
        register.delete(id);
        return ResponseEntity.noContent().build();
    }

    record Page(List<RegisterEntry> items, int total, int page, int size) {}

    record Step(RegisterStatus to, @Nullable LocalDate on, int revision) {}
}

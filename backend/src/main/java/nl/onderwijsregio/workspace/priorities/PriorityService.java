package nl.onderwijsregio.workspace.priorities;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The active region's ranked priorities: its lead adds, changes, reorders and deletes them, its members read them.
 * Published priorities of every region can be compared by members of any region and by the Realisatie-Eenheid.
 */
@Service
@Validated
@Transactional
@PreAuthorize("@regionAccess.member()")
public class PriorityService {

    private final Priorities priorities;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final ActivityService activity;
    private final FindingService findings;

    PriorityService(
            Priorities priorities,
            RegionService regions,
            CurrentUser currentUser,
            ActivityService activity,
            FindingService findings) {
        this.priorities = priorities;
        this.regions = regions;
        this.currentUser = currentUser;
        this.activity = activity;
        this.findings = findings;
    }

    /** The active region's priorities, drafts included, by rank. */
    @Transactional(readOnly = true)
    public List<Priority> own() {
        return priorities.own();
    }

    /** One of the active region's own priorities. */
    @Transactional(readOnly = true)
    public Priority priority(long id) {
        return existing(id);
    }

    /** The active region's findings a priority can link to: drafts included, the 200 most recently changed. */
    @Transactional(readOnly = true)
    public List<FindingLink> findingOptions() {
        return findings.page(FindingScope.OWN, FindingFilter.NONE, 0, Integer.MAX_VALUE).stream()
                .map(f -> new FindingLink(f.id(), f.title(), f.published()))
                .toList();
    }

    /** Adds a priority at the end of the ranking. */
    @PreAuthorize("@regionAccess.lead()")
    public Priority create(@Valid PriorityDraft draft) {
        priorities.lockRanking(ActiveRegion.require());
        checkSources(draft);
        return existing(priorities.insert(draft, actor()));
    }

    /** Changes a priority that is still at {@code revision}; refuses, overwriting nothing, when it changed meanwhile. */
    @PreAuthorize("@regionAccess.lead()")
    public Priority update(long id, int revision, @Valid PriorityDraft draft) {
        Priority before = existing(id);
        checkSources(draft);
        if (PriorityDraft.of(before).equals(draft)) {
            return before;
        }
        if (!priorities.update(id, revision, draft, actor())) {
            throw new PriorityConflictException("priorities.prioriteit-intussen-door-iemand");
        }
        return existing(id);
    }

    /** Deletes a priority for good; the ones below it move up. The region's activity log keeps who deleted what. */
    @PreAuthorize("@regionAccess.lead()")
    public void delete(long id) {
        priorities.lockRanking(ActiveRegion.require());
        Priority before = existing(id);
        if (priorities.delete(id)) {
            activity.record("PRIORITY_DELETED", Message.of("activity.priority.deleted", before.title()), actor());
        }
    }

    /** Moves a priority {@code steps} places (negative: up, towards rank 1), stopping at either end. */
    @PreAuthorize("@regionAccess.lead()")
    public List<Priority> move(long id, int steps) {
        priorities.lockRanking(ActiveRegion.require());
        List<Long> order =
                new ArrayList<>(priorities.own().stream().map(Priority::id).toList());
        int from = order.indexOf(existing(id).id());
        int to = Math.clamp(from + (long) steps, 0, order.size() - 1);
        order.add(to, order.remove(from));
        return reorder(order);
    }

    /** Ranks the active region's priorities in the order of {@code ids}, which must name each of them once. */
    @PreAuthorize("@regionAccess.lead()")
    public List<Priority> reorder(List<Long> ids) {
        priorities.lockRanking(ActiveRegion.require());
        List<Long> current = priorities.own().stream().map(Priority::id).toList();
        if (ids == null
                || ids.contains(null)
                || ids.size() != current.size()
                || !new HashSet<>(ids).equals(new HashSet<>(current))) {
            throw new PriorityConflictException("priorities.volgorde-klopt-meer-prioriteiten");
        }
        priorities.rank(ids);
        return priorities.own();
    }

    /** The regions a comparison starts with: the active region and its neighbours. */
    @Transactional(readOnly = true)
    public List<String> defaultComparison() {
        String own = ActiveRegion.require();
        return Stream.concat(Stream.of(own), regions.neighboursOf(own).stream().map(Region::id))
                .toList();
    }

    /**
     * What the comparison screen opens with: the active region and its neighbours compared, in one transaction
     * ({@link #defaultComparison} then {@link #compare}).
     */
    @Transactional(readOnly = true)
    public Comparison compareWithNeighbours() {
        return compare(defaultComparison());
    }

    /**
     * Compares the visible priorities of {@code regionIds} (in that order): published ones of every region, and the
     * drafts of the active region when it is among them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.member() or hasRole('" + NATIONAL + "')")
    public Comparison compare(List<String> regionIds) {
        Map<String, Region> known =
                regions.find(new LinkedHashSet<>(regionIds)).stream().collect(Collectors.toMap(Region::id, r -> r));
        List<ComparedRegion> compared = new LinkedHashSet<>(regionIds)
                .stream()
                        .map(id -> Optional.ofNullable(known.get(id))
                                .map(r -> new ComparedRegion(r.id(), r.name()))
                                .orElseThrow(() -> new ExplainedNotFound("priorities.onbekende-regio", id)))
                        .toList();
        Optional<String> own = ActiveRegion.current()
                .filter(id -> currentUser.get().map(user -> user.memberOf(id)).orElse(false));
        return PriorityComparison.compare(
                compared,
                own.orElse(null),
                priorities.ofRegions(compared.stream().map(ComparedRegion::id).toList()));
    }

    private Priority existing(long id) {
        return priorities
                .byId(id)
                .filter(p -> p.regionId().equals(ActiveRegion.require()))
                .orElseThrow(() -> new PriorityNotFoundException("priorities.prioriteit-bestaat-meer-bij"));
    }

    private void checkSources(PriorityDraft draft) {
        List<String> unknown = draft.catalogueEntryIds().isEmpty()
                ? List.of()
                : priorities.unknownCatalogueEntries(draft.catalogueEntryIds());
        if (!unknown.isEmpty()) {
            throw new PriorityConflictException("priorities.unknown-sources", String.join(", ", unknown));
        }
        List<Long> foreign =
                draft.findingIds().isEmpty() ? List.of() : priorities.foreignOrUnknownFindings(draft.findingIds());
        if (!foreign.isEmpty()) {
            throw new PriorityConflictException(
                    "priorities.foreign-findings",
                    foreign.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private String actor() {
        return currentUser.actorName();
    }
}

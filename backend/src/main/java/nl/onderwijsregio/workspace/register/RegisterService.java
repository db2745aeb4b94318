package nl.onderwijsregio.workspace.register;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The active region's register of obtained closed data: its members and lead add, change and move entries through
 * their statuses ({@link RegisterStatus}); only the lead deletes (softly). Every change is kept in the history.
 */
@Service
@Validated
@Transactional
@PreAuthorize("@regionAccess.member()")
public class RegisterService {

    static final int WAITING_DAYS = 30;
    static final int RETENTION_WARNING_DAYS = 60;
    private static final int MAX_PAGE = 500;

    private final RegisterEntries entries;
    private final RegisterEvents events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ActivityService activity;
    private final RegionAccess access;

    RegisterService(
            RegisterEntries entries,
            RegisterEvents events,
            CurrentUser currentUser,
            Clock clock,
            ActivityService activity,
            RegionAccess access) {
        this.activity = activity;
        this.access = access;
        this.entries = entries;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Adds an entry with status {@link RegisterStatus#GEWENST}. */
    public RegisterEntry create(@Valid RegisterDraft draft) {
        ActiveRegion.require();
        checkSource(draft);
        long id = entries.insert(draft, actor());
        events.record(id, actor(), "CREATED", null, RegisterStatus.GEWENST, Message.verbatim(draft.what()));
        return existing(id);
    }

    /** Changes an entry that is still at {@code revision}; refuses, overwriting nothing, when it changed meanwhile. */
    public RegisterEntry update(long id, int revision, @Valid RegisterDraft draft) {
        RegisterEntry before = existing(id);
        checkSource(draft);
        if (RegisterDraft.of(before).equals(draft)) {
            return before;
        }
        boolean overdue = before.overdue()
                && draft.retentionUntil() != null
                && draft.retentionUntil().isBefore(today());
        if (!entries.update(id, revision, draft, overdue, actor())) {
            throw changedMeanwhile();
        }
        events.record(
                id,
                actor(),
                "CHANGED",
                null,
                null,
                Message.of(
                        "register.history.changed",
                        Message.listed(RegisterChanges.fields(RegisterDraft.of(before), draft))));
        return existing(id);
    }

    /**
     * Moves an entry that is still at {@code revision} to {@code to}, on {@code on} (today when null): ONTVANGEN sets
     * the receipt date, VERWIJDERD records who confirmed the deletion and when.
     */
    public RegisterEntry transition(long id, int revision, RegisterStatus to, @Nullable LocalDate on) {
        RegisterEntry before = existing(id);
        LocalDate date = on == null ? today() : on;
        if (!before.status().canMoveTo(to)) {
            throw new RegisterRuleException(
                    before.status().isFinal() ? "register.step.refused.final" : "register.step.refused",
                    before.status(),
                    to);
        }
        if (date.isAfter(today())) {
            throw new RegisterRuleException("register.datum-toekomst-liggen");
        }
        if (to == RegisterStatus.ONTVANGEN
                && before.retentionUntil() != null
                && date.isAfter(before.retentionUntil())) {
            throw new RegisterRuleException("register.bewaartermijn-moet-na-ontvangstdatum");
        }
        if (before.revision() != revision || !entries.moveTo(id, revision, to, date, actor())) {
            throw changedMeanwhile();
        }
        events.record(
                id,
                actor(),
                "STATUS",
                before.status(),
                to,
                Message.of("register.history.status", before.status(), to, date));
        return existing(id);
    }

    /** Whether the signed-in person may {@link #delete} entries of the active region (screens offer it only then). */
    public boolean mayDelete() {
        return access.lead();
    }

    /** Removes an entry from the register (kept in the database and its history); only the lead may. */
    @PreAuthorize("@regionAccess.lead()")
    public void delete(long id) {
        RegisterEntry before = existing(id);
        if (entries.softDelete(id, actor())) {
            events.record(id, actor(), "DELETED", before.status(), null, Message.of("register.history.deleted"));
            // The entry leaves the register screens; the region's activity log keeps that, and by whom, it went.
            activity.record(
                    "REGISTER_ENTRY_DELETED",
                    Message.of("activity.register.deleted", before.what(), before.holderName()),
                    actor());
        }
    }

    @Transactional(readOnly = true)
    public RegisterEntry entry(long id) {
        return existing(id);
    }

    @Transactional(readOnly = true)
    public List<RegisterEntry> page(RegisterFilter filter, int offset, int limit, RegisterSort sort) {
        return entries.page(filter, today(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE), sort);
    }

    @Transactional(readOnly = true)
    public int count(RegisterFilter filter) {
        return entries.count(filter, today());
    }

    /**
     * The first page, the number of matching entries and the count per status together: one transaction (one
     * connection, one round trip to set the region) instead of three.
     */
    @Transactional(readOnly = true)
    public RegisterOverview overview(RegisterFilter filter, int limit, RegisterSort sort) {
        return new RegisterOverview(page(filter, 0, limit, sort), count(filter), statusCounts());
    }

    /** Every status with its number of entries (zero included). */
    @Transactional(readOnly = true)
    public Map<RegisterStatus, Integer> statusCounts() {
        Map<RegisterStatus, Integer> counts = new EnumMap<>(RegisterStatus.class);
        for (RegisterStatus status : RegisterStatus.values()) {
            counts.put(status, 0);
        }
        counts.putAll(entries.statusCounts());
        return counts;
    }

    /** For the catalogue: per catalogue entry id the region's entries per status (only statuses that occur). */
    @Transactional(readOnly = true)
    public Map<String, Map<RegisterStatus, Integer>> statusPerCatalogueEntry() {
        return entries.statusPerCatalogueEntry();
    }

    /** What needs attention on {@code today}. */
    @Transactional(readOnly = true)
    public RegisterToDo toDo(LocalDate today) {
        List<RegisterEntry> requested = entries.page(
                RegisterFilter.all().withStatuses(RegisterStatus.AANGEVRAAGD),
                today,
                0,
                MAX_PAGE,
                RegisterSort.UPDATED);
        List<RegisterEntry> received = entries.page(
                new RegisterFilter(Set.of(RegisterStatus.ONTVANGEN), Set.of(), null, RETENTION_WARNING_DAYS),
                today,
                0,
                MAX_PAGE,
                RegisterSort.RETENTION);
        return new RegisterToDo(
                requested.stream()
                        .filter(e -> e.requestedOn() != null && e.requestedOn().isBefore(today.minusDays(WAITING_DAYS)))
                        .toList(),
                received.stream()
                        .filter(e -> !e.retentionUntil().isBefore(today))
                        .toList(),
                received.stream()
                        .filter(e -> e.retentionUntil().isBefore(today) && e.deletionConfirmedOn() == null)
                        .toList());
    }

    /** The entry's history, oldest first. */
    @Transactional(readOnly = true)
    public List<RegisterEvent> history(long id) {
        existing(id);
        return events.of(id);
    }

    private RegisterEntry existing(long id) {
        return entries.byId(id)
                .orElseThrow(() -> new RegisterNotFoundException("register.registratie-bestaat-meer-register"));
    }

    /** Whether {@code code} names an entry of the catalogue (the CSV preview checks each line's code with it). */
    @Transactional(readOnly = true)
    public boolean knownCatalogueEntry(String code) {
        return entries.catalogueEntryExists(code);
    }

    private void checkSource(RegisterDraft draft) {
        if (draft.catalogueEntryId() != null && !entries.catalogueEntryExists(draft.catalogueEntryId())) {
            throw new UnknownCatalogueSourceException(draft.catalogueEntryId());
        }
    }

    private static RegisterConflictException changedMeanwhile() {
        return new RegisterConflictException("register.registratie-intussen-door-iemand");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String actor() {
        return currentUser.actorName();
    }
}

package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.workspace.security.Role.Claim.CATALOGUE_ADMIN;

import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions for the catalogue: region members propose a new source or a correction; the catalogue maintainer
 * accepts (applied to the catalogue, credited to the region) or declines with a reason; the region sees the outcome.
 */
@Service
public class CatalogueSuggestions {

    private final Suggestions suggestions;
    private final CatalogueMaintenance maintenance;
    private final CatalogueEntries entries;
    private final CurrentUser currentUser;
    private final Tenancy tenancy;
    private final ApplicationEventPublisher events;

    CatalogueSuggestions(
            Suggestions suggestions,
            CatalogueMaintenance maintenance,
            CatalogueEntries entries,
            CurrentUser currentUser,
            Tenancy tenancy,
            ApplicationEventPublisher events) {
        this.suggestions = suggestions;
        this.maintenance = maintenance;
        this.entries = entries;
        this.currentUser = currentUser;
        this.tenancy = tenancy;
        this.events = events;
    }

    /** Proposes a new source ({@code entryId} null) or a correction of an entry, for the active region. */
    @PreAuthorize("@regionAccess.member()")
    @Transactional
    public Suggestion suggest(@Nullable String entryId, String proposal) {
        String text = proposal == null ? "" : proposal.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new CatalogueConflictException("catalogue.beschrijf-voorstel-tot-tekens");
        }
        if (entryId != null && entries.byId(entryId).isEmpty()) {
            throw new CatalogueConflictException("catalogue.onbekende-bron", entryId);
        }
        long id = suggestions.insert(entryId == null ? "NEW" : "CORRECTION", entryId, text, currentUser.actorName());
        return suggestions.byId(id).orElseThrow();
    }

    /** The active region's own suggestions and their outcome. */
    @PreAuthorize("@regionAccess.member()")
    @Transactional(readOnly = true)
    public List<Suggestion> ownRegion() {
        return suggestions.visible();
    }

    /** One of the active region's own suggestions, if it is there. */
    @PreAuthorize("@regionAccess.member()")
    @Transactional(readOnly = true)
    public Optional<Suggestion> ownRegion(long id) {
        return suggestions.byId(id);
    }

    /** The maintainer's queue: every region's suggestions, open ones first. */
    @PreAuthorize("hasRole('" + CATALOGUE_ADMIN + "')")
    public List<Suggestion> queue() {
        return review(() -> suggestions.visible());
    }

    /** Accepts a suggestion by applying {@code change}: a new entry, or the corrected entry at {@code revision}. */
    @PreAuthorize("hasRole('" + CATALOGUE_ADMIN + "')")
    public Suggestion accept(long id, EntryChange change, int revision) {
        return review(() -> {
            Suggestion open = openSuggestion(id);
            CatalogueEntry applied = open.entryId() == null
                    ? maintenance.add(change)
                    : maintenance.update(open.entryId(), revision, change);
            decided(
                    open,
                    suggestions.decide(
                            id,
                            "ACCEPTED",
                            currentUser.actorName(),
                            Message.of("catalogue.suggestion.accepted-on-proposal", open.regionName()),
                            applied.id()),
                    true);
            return suggestions.byId(id).orElseThrow();
        });
    }

    @PreAuthorize("hasRole('" + CATALOGUE_ADMIN + "')")
    public Suggestion decline(long id, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new CatalogueConflictException("catalogue.geef-reden-zodat-regio");
        }
        return review(() -> {
            Suggestion open = openSuggestion(id);
            decided(
                    open,
                    suggestions.decide(id, "DECLINED", currentUser.actorName(), Message.verbatim(text), null),
                    false);
            return suggestions.byId(id).orElseThrow();
        });
    }

    /** Tells whoever listens (the e-mail notifications), in this transaction, once the decision is written. */
    private void decided(Suggestion suggestion, boolean written, boolean accepted) {
        if (!written) {
            throw new CatalogueConflictException("catalogue.over-voorstel-besloten");
        }
        events.publishEvent(new SuggestionDecided(
                suggestion.id(),
                suggestion.regionId(),
                suggestions.suggesterUsername(suggestion.id()).orElse(null),
                accepted,
                currentUser.require().username()));
    }

    private Suggestion openSuggestion(long id) {
        Suggestion suggestion = suggestions
                .byId(id)
                .orElseThrow(() -> new CatalogueConflictException("catalogue.onbekend-voorstel", id));
        if (!suggestion.open()) {
            throw new CatalogueConflictException("catalogue.over-voorstel-besloten");
        }
        return suggestion;
    }

    private <T> T review(java.util.function.Supplier<T> work) {
        return tenancy.review(work);
    }
}

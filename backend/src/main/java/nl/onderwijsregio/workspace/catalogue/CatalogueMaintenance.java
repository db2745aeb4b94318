package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.workspace.security.Role.Claim.CATALOGUE_ADMIN;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Theme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeping the catalogue current, for the catalogue maintainer only: add, change and retire entries. Nothing is ever
 * deleted; every change raises the entry's revision and is recorded with who, when and what changed.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('" + CATALOGUE_ADMIN + "')")
public class CatalogueMaintenance {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CatalogueEntries entries;
    private final CatalogueEdits edits;
    private final CatalogueChanges changes;
    private final CurrentUser currentUser;

    CatalogueMaintenance(
            CatalogueEntries entries, CatalogueEdits edits, CatalogueChanges changes, CurrentUser currentUser) {
        this.entries = entries;
        this.edits = edits;
        this.changes = changes;
        this.currentUser = currentUser;
    }

    /** Changes an entry that is still at {@code revision}; refuses when someone changed it meanwhile. */
    public CatalogueEntry update(String id, int revision, @Valid EntryChange change) {
        CatalogueEntry before = existing(id);
        checkReferences(change);
        List<String> changed = changedFields(EntryChange.of(before), change);
        if (changed.isEmpty()) {
            return before;
        }
        if (!edits.update(id, change, revision, currentUser.actorName())) {
            throw new CatalogueConflictException("catalogue.bron-intussen-door-iemand");
        }
        changes.record(
                currentUser.actorName(),
                id,
                "ENTRY_CHANGED",
                "Gewijzigd: " + String.join(", ", changed),
                json(EntryChange.of(before)),
                json(change));
        return existing(id);
    }

    public CatalogueEntry add(@Valid EntryChange change) {
        checkReferences(change);
        String id = edits.insert(change, currentUser.actorName());
        changes.record(currentUser.actorName(), id, "ENTRY_ADDED", change.information(), null, json(change));
        return existing(id);
    }

    /** Takes an entry out of the catalogue (kept, and restorable, for anything that refers to it). */
    public CatalogueEntry retire(String id, String reason) {
        existing(id);
        if (edits.setRetired(id, true, currentUser.actorName())) {
            changes.record(
                    currentUser.actorName(), id, "ENTRY_RETIRED", reason == null ? "" : reason.strip(), null, null);
        }
        return existing(id);
    }

    public CatalogueEntry reinstate(String id) {
        existing(id);
        if (edits.setRetired(id, false, currentUser.actorName())) {
            changes.record(currentUser.actorName(), id, "ENTRY_REINSTATED", "", null, null);
        }
        return existing(id);
    }

    private CatalogueEntry existing(String id) {
        return entries.byId(id).orElseThrow(() -> new CatalogueConflictException("catalogue.onbekende-bron", id));
    }

    private void checkReferences(EntryChange change) {
        if (change.partnerId() != null && !edits.partnerExists(change.partnerId())) {
            throw new CatalogueConflictException("catalogue.onbekende-datapartner", change.partnerId());
        }
        if (Theme.labelled(change.theme()).isEmpty()) {
            throw new CatalogueConflictException("catalogue.onbekend-thema-kies-uit", change.theme());
        }
        Set<String> sectors = names(Sector.values());
        Set<String> levels = names(Granularity.values());
        if (!sectors.containsAll(change.sectors()) || !levels.containsAll(change.granularities())) {
            throw new CatalogueConflictException("catalogue.onbekende-sector-onbekend-niveau");
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> changedFields(EntryChange a, EntryChange b) {
        List<String> changed = new ArrayList<>();
        compare(changed, "thema", a.theme(), b.theme());
        compare(changed, "subthema", a.subTheme(), b.subTheme());
        compare(changed, "informatie", a.information(), b.information());
        compare(changed, "bron", a.source(), b.source());
        compare(changed, "niveau", a.level(), b.level());
        compare(changed, "link", a.link(), b.link());
        compare(changed, "vindplaats", a.navigationHint(), b.navigationHint());
        compare(changed, "toegang", a.access(), b.access());
        compare(changed, "sectoren", a.sectors(), b.sectors());
        compare(changed, "niveaus", a.granularities(), b.granularities());
        compare(changed, "datapartner", a.partnerId(), b.partnerId());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(name);
        }
    }

    private static String json(EntryChange change) {
        return JSON.writeValueAsString(change);
    }
}

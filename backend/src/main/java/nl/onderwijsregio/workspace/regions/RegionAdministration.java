package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.workspace.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beheer of the national lists: regions and neighbour pairs, for the platform administrator only. Regions are never
 * deleted, only deactivated; every change leaves an audit entry.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
public class RegionAdministration {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private final Regions regions;
    private final PlatformAudit audit;
    private final CurrentUser currentUser;

    RegionAdministration(Regions regions, PlatformAudit audit, CurrentUser currentUser) {
        this.regions = regions;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public Region create(String id, String name, RegionKind kind) {
        String slug = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (!slug.matches(SLUG) || slug.length() > 40) {
            throw new RegionRuleException("regions.code-bestaat-uit-kleine");
        }
        if (regions.byId(slug).isPresent()) {
            throw new RegionRuleException("regions.bestaat-regio-code", slug);
        }
        Region region = new Region(slug, validName(name, null), kind, true, false);
        regions.insert(region);
        audit.append(currentUser.actorName(), "REGION_CREATED", slug, region.name());
        return region;
    }

    public Region rename(String id, String name) {
        Region region = existing(id);
        String newName = validName(name, id);
        regions.rename(id, newName);
        audit.append(currentUser.actorName(), "REGION_RENAMED", id, region.name() + " → " + newName);
        return existing(id);
    }

    public Region setActive(String id, boolean active) {
        existing(id);
        regions.setActive(id, active);
        audit.append(currentUser.actorName(), active ? "REGION_ACTIVATED" : "REGION_DEACTIVATED", id, "");
        return existing(id);
    }

    public NeighbourPair addNeighbours(String a, String b) {
        if (a.equals(b)) {
            throw new RegionRuleException("regions.regio-zichzelf-grenzen");
        }
        Region first = existing(a);
        Region second = existing(b);
        if (first.kind() == RegionKind.NATIONAL || second.kind() == RegionKind.NATIONAL) {
            throw new RegionRuleException("regions.landelijke-regio-heeft-geen");
        }
        NeighbourPair pair = NeighbourPair.of(a, b);
        if (regions.neighbourPairs().contains(pair)) {
            throw new RegionRuleException("regions.buurregio-s", first.name(), second.name());
        }
        regions.insert(pair);
        audit.append(currentUser.actorName(), "NEIGHBOURS_ADDED", pair.first() + "|" + pair.second(), "");
        return pair;
    }

    public void removeNeighbours(String a, String b) {
        NeighbourPair pair = NeighbourPair.of(a, b);
        if (regions.delete(pair) == 0) {
            throw new RegionRuleException("regions.regio-s-geen-buurregio");
        }
        audit.append(currentUser.actorName(), "NEIGHBOURS_REMOVED", pair.first() + "|" + pair.second(), "");
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(int limit) {
        return audit.newest(Math.clamp(limit, 1, 500));
    }

    private Region existing(String id) {
        return regions.byId(id).orElseThrow(() -> new RegionRuleException("regions.onbekende-regio", id));
    }

    private String validName(String name, String ownId) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new RegionRuleException("regions.geef-naam-tot-tekens");
        }
        boolean taken =
                regions.all().stream().anyMatch(r -> r.name().equalsIgnoreCase(trimmed) && !r.id().equals(ownId));
        if (taken) {
            throw new RegionRuleException("regions.bestaat-regio-naam", trimmed);
        }
        return trimmed;
    }
}

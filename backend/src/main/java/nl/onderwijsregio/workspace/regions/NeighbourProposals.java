package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.geo.Adjacency;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Neighbours from the map: two regions whose areas share a municipal border are aanpalend. Pairs that follow from the
 * areas but are not in the neighbour list are proposed; the platform administrator accepts them into the one list
 * that row-level security reads. Pairs in the list without a shared border stay, marked as kept by hand.
 */
@Service
@Transactional(readOnly = true)
public class NeighbourProposals {

    private final Regions regions;
    private final RegionAreas areas;
    private final MunicipalityService municipalities;
    private final PlatformAudit audit;
    private final CurrentUser currentUser;

    NeighbourProposals(
            Regions regions,
            RegionAreas areas,
            MunicipalityService municipalities,
            PlatformAudit audit,
            CurrentUser currentUser) {
        this.regions = regions;
        this.areas = areas;
        this.municipalities = municipalities;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The pairs the areas imply that the neighbour list lacks, by name. */
    public List<NeighbourProposal> proposals() {
        Set<NeighbourPair> stored = Set.copyOf(regions.neighbourPairs());
        Map<String, Region> byId = new LinkedHashMap<>();
        regions.all().forEach(r -> byId.put(r.id(), r));
        return byBorder().entrySet().stream()
                .filter(e -> !stored.contains(e.getKey()))
                .map(e -> new NeighbourProposal(
                        byId.get(e.getKey().first()), byId.get(e.getKey().second()), e.getValue()))
                .sorted(Comparator.comparing((NeighbourProposal p) -> p.first().name())
                        .thenComparing(p -> p.second().name()))
                .toList();
    }

    /** The neighbour list, each pair marked by whether the areas share a border. */
    public List<MarkedNeighbourPair> neighbourList() {
        Set<NeighbourPair> derived = byBorder().keySet();
        return regions.neighbourPairs().stream()
                .map(p -> new MarkedNeighbourPair(p, derived.contains(p)))
                .toList();
    }

    /** Accepts a proposal: the pair joins the neighbour list (refused when the areas no longer imply it). */
    @Transactional
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public NeighbourPair accept(String a, String b) {
        areas.lock();
        NeighbourPair pair = NeighbourPair.of(a, b);
        if (proposals().stream()
                .noneMatch(
                        p -> NeighbourPair.of(p.first().id(), p.second().id()).equals(pair))) {
            throw new RegionRuleException("regions.geen-voorstel-regio-s");
        }
        regions.insert(pair);
        audit.append(
                currentUser.actorName(), "NEIGHBOURS_ACCEPTED", pair.first() + "|" + pair.second(), "gedeelde grens");
        return pair;
    }

    /** Pair of regions → one shared border between them, for every pair of regions whose areas touch. */
    private Map<NeighbourPair, String> byBorder() {
        MunicipalityService.Snapshot geo = municipalities.snapshot();
        Map<String, String> holders = areas.all();
        Map<NeighbourPair, String> pairs = new LinkedHashMap<>();
        for (Adjacency a : geo.adjacency()) {
            String r1 = holders.get(a.first());
            String r2 = holders.get(a.second());
            if (a.kind() == Adjacency.Kind.BORDER && r1 != null && r2 != null && !r1.equals(r2)) {
                pairs.putIfAbsent(
                        NeighbourPair.of(r1, r2),
                        geo.byCode().get(a.first()).name() + " – "
                                + geo.byCode().get(a.second()).name());
            }
        }
        return pairs;
    }
}

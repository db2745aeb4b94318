package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.geo.Adjacency;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions' areas (sets of municipalities), public to every role like the neighbour list; changed by the platform
 * administrator only, by the rules of {@link AreaRules}, one change at a time and each in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class RegionAreaService {

    private final RegionAreas areas;
    private final Regions regions;
    private final MunicipalityService municipalities;
    private final PlatformAudit audit;
    private final CurrentUser currentUser;

    RegionAreaService(
            RegionAreas areas,
            Regions regions,
            MunicipalityService municipalities,
            PlatformAudit audit,
            CurrentUser currentUser) {
        this.areas = areas;
        this.regions = regions;
        this.municipalities = municipalities;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The region's area with its neighbours by border and the larger areas it lies in. */
    public RegionArea area(String regionId) {
        Region region = existing(regionId);
        MunicipalityService.Snapshot geo = municipalities.snapshot();
        List<Municipality> own = areas.of(regionId).stream()
                .map(geo.byCode()::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Municipality::name))
                .toList();
        Map<String, String> holders = areas.all();
        Set<String> neighbourIds = new TreeSet<>();
        for (Municipality m : own) {
            for (String next : geo.neighbours(m.code(), Adjacency.Kind.BORDER)) {
                String holder = holders.get(next);
                if (holder != null && !holder.equals(regionId)) {
                    neighbourIds.add(holder);
                }
            }
        }
        List<Region> neighbours = regions.byIds(neighbourIds).stream()
                .sorted(Comparator.comparing(Region::name))
                .toList();
        return new RegionArea(
                region,
                own,
                neighbours,
                distinct(own, Municipality::labourMarket),
                distinct(own, Municipality::corop),
                distinct(own, Municipality::province));
    }

    /** Municipality code → id of the region it belongs to, for every assigned municipality. */
    public Map<String, String> assignments() {
        return areas.all();
    }

    /** The municipalities that belong to no region yet, by name. */
    public List<Municipality> unassigned() {
        Map<String, String> holders = areas.all();
        return municipalities.all().stream()
                .filter(m -> !holders.containsKey(m.code()))
                .toList();
    }

    /** Each region's area as one shape (union of its municipalities), for regions that have one. */
    public Map<String, Geometry> shapes() {
        MunicipalityService.Snapshot geo = municipalities.snapshot();
        Map<String, List<String>> byRegion = new HashMap<>();
        areas.all()
                .forEach((code, region) -> byRegion.computeIfAbsent(region, k -> new java.util.ArrayList<>())
                        .add(code));
        Map<String, Geometry> shapes = new HashMap<>();
        byRegion.forEach((region, codes) -> {
            Geometry union = geo.union(codes);
            if (union != null) {
                shapes.put(region, union);
            }
        });
        return shapes;
    }

    /** Gives the region exactly these municipalities; refused with a Dutch message when a rule is broken. */
    @Transactional
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public RegionArea setArea(String regionId, Collection<String> codes) {
        areas.lock();
        Region region = existing(regionId);
        Set<String> wanted = codes.stream().map(AreaCodes::normalise).collect(Collectors.toSet());
        List<Message> problems =
                AreaRules.problems(region, wanted, areas.all(), regionsById(), municipalities.snapshot());
        if (!problems.isEmpty()) {
            throw new RegionRuleException(Message.joined(problems));
        }
        replace(region.id(), wanted);
        return area(regionId);
    }

    /** Adds one municipality to the region's area (by the same rules). */
    @Transactional
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public RegionArea assign(String regionId, String code) {
        areas.lock();
        Set<String> wanted = new HashSet<>(areasOf(regionId));
        wanted.add(AreaCodes.normalise(code));
        return setArea(regionId, wanted);
    }

    /** Removes one municipality from the region's area (by the same rules: the rest must stay contiguous). */
    @Transactional
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public RegionArea unassign(String regionId, String code) {
        areas.lock();
        Set<String> wanted = new HashSet<>(areasOf(regionId));
        wanted.remove(AreaCodes.normalise(code));
        return setArea(regionId, wanted);
    }

    /** Replaces the stored area and writes one audit entry naming what was added and removed (nothing: no entry). */
    void replace(String regionId, Set<String> wanted) {
        Set<String> now = new HashSet<>(areas.of(regionId));
        List<String> removed =
                now.stream().filter(c -> !wanted.contains(c)).sorted().toList();
        List<String> added =
                wanted.stream().filter(c -> !now.contains(c)).sorted().toList();
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        areas.remove(regionId, removed);
        areas.add(regionId, added);
        audit.append(currentUser.actorName(), "AREA_CHANGED", regionId, describe(added, removed));
    }

    List<String> areasOf(String regionId) {
        return areas.of(regionId);
    }

    void lock() {
        areas.lock();
    }

    Map<String, Region> regionsById() {
        return regions.all().stream().collect(Collectors.toMap(Region::id, Function.identity()));
    }

    private String describe(List<String> added, List<String> removed) {
        Map<String, Municipality> byCode = municipalities.snapshot().byCode();
        Function<List<String>, String> names = codes -> codes.stream()
                .map(c -> byCode.containsKey(c) ? AreaRules.label(byCode.get(c)) : c)
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        if (!added.isEmpty()) {
            text.append("toegevoegd: ").append(names.apply(added));
        }
        if (!removed.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append("verwijderd: ").append(names.apply(removed));
        }
        return text.toString();
    }

    private Region existing(String id) {
        return regions.byId(id).orElseThrow(() -> new RegionRuleException("regions.onbekende-regio", id));
    }

    private static List<Municipality.Area> distinct(
            List<Municipality> municipalities, Function<Municipality, Municipality.@Nullable Area> area) {
        return municipalities.stream()
                .map(area)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparing(Municipality.Area::name))
                .toList();
    }
}

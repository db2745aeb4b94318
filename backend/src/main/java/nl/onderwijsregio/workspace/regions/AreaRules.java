package nl.onderwijsregio.workspace.regions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.geo.Adjacency;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.messages.Message;

/**
 * The rules of a region's area, with Dutch messages: only geographic regions have an area; a municipality belongs
 * to at most one region; the area is contiguous — connected through shared borders, where an island without land
 * border (the Wadden islands) counts as connected to the municipality of its province it is joined to (see
 * {@code geo.BoundaryDerivation}).
 */
final class AreaRules {

    private AreaRules() {}

    /** The problems of giving {@code region} exactly {@code codes}, given who holds what now; empty when fine. */
    static List<Message> problems(
            Region region,
            Set<String> codes,
            Map<String, String> holderOf,
            Map<String, Region> regions,
            MunicipalityService.Snapshot geo) {
        List<Message> problems = new ArrayList<>();
        if (region.kind() == RegionKind.NATIONAL && !codes.isEmpty()) {
            problems.add(Message.of("regions.area.national", region.name()));
            return problems;
        }
        for (String code : codes.stream().sorted().toList()) {
            Municipality m = geo.byCode().get(code);
            if (m == null) {
                problems.add(Message.of("regions.area.unknown-code", code));
                continue;
            }
            String holder = holderOf.get(code);
            if (holder != null && !holder.equals(region.id())) {
                Region other = regions.get(holder);
                problems.add(Message.of("regions.area.taken", label(m), other == null ? holder : other.name()));
            }
        }
        if (problems.isEmpty()) {
            loose(codes, geo).ifPresent(problems::add);
        }
        return problems;
    }

    /** The message when the area falls apart in pieces, naming the pieces not connected to the first. */
    private static java.util.Optional<Message> loose(Set<String> codes, MunicipalityService.Snapshot geo) {
        if (codes.size() < 2) {
            return java.util.Optional.empty();
        }
        String start = codes.stream().sorted().findFirst().orElseThrow();
        Set<String> reached = new HashSet<>(Set.of(start));
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (String next : geo.neighbours(todo.pop(), Adjacency.Kind.BORDER, Adjacency.Kind.ISLAND)) {
                if (codes.contains(next) && reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        List<String> apart = codes.stream()
                .filter(c -> !reached.contains(c))
                .map(c -> geo.byCode().get(c).name())
                .sorted()
                .toList();
        if (apart.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Message.of(
                "regions.area.loose",
                String.join(", ", apart),
                apart.size(),
                geo.byCode().get(start).name()));
    }

    static String label(Municipality m) {
        return m.name() + " (" + m.code() + ")";
    }
}

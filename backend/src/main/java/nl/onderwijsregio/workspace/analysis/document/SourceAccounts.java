package nl.onderwijsregio.workspace.analysis.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import nl.onderwijsregio.workspace.themes.Theme;

/** Builds the Bronnenverantwoording from what the chapters used. Never contact persons, holder names or notes. */
public final class SourceAccounts {

    static final String OTHER = "Overig";

    private SourceAccounts() {}

    public static SourceAccount of(
            List<CatalogueSource> catalogue, Set<String> usedCatalogueIds, List<ClosedSource> usedRegister) {
        Map<String, CatalogueSource> byId =
                catalogue.stream().collect(Collectors.toMap(CatalogueSource::id, e -> e, (a, b) -> a));
        Map<String, List<SourceLine>> used = new LinkedHashMap<>();
        for (String id : usedCatalogueIds) {
            CatalogueSource e = byId.get(id);
            if (e != null) {
                used.computeIfAbsent(e.theme(), t -> new ArrayList<>())
                        .add(new SourceLine(e.information(), e.dataPartner(), e.level(), e.open(), null, null, null));
            }
        }
        for (ClosedSource r : usedRegister) {
            CatalogueSource e = r.catalogueEntryId() == null ? null : byId.get(r.catalogueEntryId());
            used.computeIfAbsent(e == null ? OTHER : e.theme(), t -> new ArrayList<>())
                    .add(new SourceLine(
                            r.source().isBlank() ? shorten(r.what(), 120) : r.source() + " — " + shorten(r.what(), 120),
                            e == null ? null : e.dataPartner(),
                            r.granularity(),
                            false,
                            r.period(),
                            r.holder(),
                            r.agreement()));
        }
        Set<String> usedEntries = new java.util.HashSet<>(usedCatalogueIds);
        usedRegister.stream()
                .map(ClosedSource::catalogueEntryId)
                .filter(Objects::nonNull)
                .forEach(usedEntries::add);
        List<SourceGroup> groups = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<String> notUsed = catalogue.stream()
                    .filter(e -> theme.label().equals(e.theme()) && !e.retired() && !usedEntries.contains(e.id()))
                    .sorted(java.util.Comparator.comparingInt(CatalogueSource::position))
                    .map(CatalogueSource::information)
                    .toList();
            List<SourceLine> lines = used.getOrDefault(theme.label(), List.of());
            if (!lines.isEmpty() || !notUsed.isEmpty()) {
                groups.add(new SourceGroup(theme.label(), List.copyOf(lines), notUsed));
            }
        }
        used.forEach((theme, lines) -> {
            if (Theme.labelled(theme).isEmpty()) {
                groups.add(new SourceGroup(theme, List.copyOf(lines), List.of()));
            }
        });
        return new SourceAccount(List.copyOf(groups));
    }

    private static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
    }
}

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
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.themes.Theme;

/** Builds the Bronnenverantwoording from what the chapters used. Never contact persons, holder names or notes. */
public final class SourceAccounts {

    static final String OTHER = "Overig";

    private SourceAccounts() {}

    public static SourceAccount of(
            List<CatalogueEntry> catalogue, Set<String> usedCatalogueIds, List<RegisterEntry> usedRegister) {
        Map<String, CatalogueEntry> byId =
                catalogue.stream().collect(Collectors.toMap(CatalogueEntry::id, e -> e, (a, b) -> a));
        Map<String, List<SourceLine>> used = new LinkedHashMap<>();
        for (String id : usedCatalogueIds) {
            CatalogueEntry e = byId.get(id);
            if (e != null) {
                used.computeIfAbsent(e.theme(), t -> new ArrayList<>())
                        .add(new SourceLine(
                                e.information(),
                                e.partnerName() != null ? e.partnerName() : e.source(),
                                e.level(),
                                e.open(),
                                null,
                                null,
                                null));
            }
        }
        for (RegisterEntry r : usedRegister) {
            CatalogueEntry e = r.catalogueEntryId() == null ? null : byId.get(r.catalogueEntryId());
            used.computeIfAbsent(e == null ? OTHER : e.theme(), t -> new ArrayList<>())
                    .add(new SourceLine(
                            r.sourceLabel() + " — " + shorten(r.what(), 120),
                            e == null ? null : e.partnerName(),
                            r.granularity(),
                            false,
                            r.period(),
                            r.holderKind().label(),
                            r.agreementType() == null ? null : r.agreementType().label()));
        }
        Set<String> usedEntries = new java.util.HashSet<>(usedCatalogueIds);
        usedRegister.stream()
                .map(RegisterEntry::catalogueEntryId)
                .filter(Objects::nonNull)
                .forEach(usedEntries::add);
        List<SourceGroup> groups = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<String> notUsed = catalogue.stream()
                    .filter(e -> theme.label().equals(e.theme()) && !e.retired() && !usedEntries.contains(e.id()))
                    .sorted(java.util.Comparator.comparingInt(CatalogueEntry::position))
                    .map(CatalogueEntry::information)
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

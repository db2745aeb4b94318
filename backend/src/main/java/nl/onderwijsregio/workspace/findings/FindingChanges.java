package nl.onderwijsregio.workspace.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Which parts of a finding a change touched, in Dutch, for its history. */
final class FindingChanges {

    private FindingChanges() {}

    static String summary(FindingDraft before, FindingDraft after) {
        List<String> parts = new ArrayList<>();
        add(parts, "titel", before.title(), after.title());
        add(parts, "tekst", before.body(), after.body());
        add(
                parts,
                "thema",
                Arrays.asList(before.theme(), before.subTheme()),
                Arrays.asList(after.theme(), after.subTheme()));
        add(parts, "soort", before.kind(), after.kind());
        add(
                parts,
                "periode",
                before.observedFrom() + "" + before.observedUntil(),
                after.observedFrom() + "" + after.observedUntil());
        add(parts, "sectoren", before.sectors(), after.sectors());
        add(
                parts,
                "koppelingen",
                List.of(before.catalogueEntryIds(), before.registerEntryIds()),
                List.of(after.catalogueEntryIds(), after.registerEntryIds()));
        if (before.published() != after.published()) {
            parts.add(after.published() ? "gepubliceerd" : "teruggezet naar concept");
        }
        if (before.visibility() != after.visibility()) {
            parts.add("zichtbaarheid: " + after.visibility().label().toLowerCase());
        }
        return parts.isEmpty() ? "Gewijzigd" : "Gewijzigd: " + String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name);
        }
    }
}

package nl.onderwijsregio.workspace.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.onderwijsregio.workspace.messages.Message;

/** Which parts of a finding a change touched, for its history (said in the reader's language). */
final class FindingChanges {

    private FindingChanges() {}

    static Message summary(FindingDraft before, FindingDraft after) {
        List<Message> parts = new ArrayList<>();
        add(parts, "title", before.title(), after.title());
        add(parts, "body", before.body(), after.body());
        add(
                parts,
                "theme",
                Arrays.asList(before.theme(), before.subTheme()),
                Arrays.asList(after.theme(), after.subTheme()));
        add(parts, "kind", before.kind(), after.kind());
        add(
                parts,
                "period",
                before.observedFrom() + "" + before.observedUntil(),
                after.observedFrom() + "" + after.observedUntil());
        add(parts, "sectors", before.sectors(), after.sectors());
        add(
                parts,
                "links",
                List.of(before.catalogueEntryIds(), before.registerEntryIds()),
                List.of(after.catalogueEntryIds(), after.registerEntryIds()));
        if (before.published() != after.published()) {
            parts.add(Message.of(after.published() ? "findings.change.published" : "findings.change.unpublished"));
        }
        if (before.visibility() != after.visibility()) {
            parts.add(Message.of("findings.change.visibility", after.visibility()));
        }
        return parts.isEmpty()
                ? Message.of("findings.history.changed")
                : Message.of("findings.history.changed-parts", Message.listed(parts));
    }

    private static void add(List<Message> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(Message.of("findings.change." + name));
        }
    }
}

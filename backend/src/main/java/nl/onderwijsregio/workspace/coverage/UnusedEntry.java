package nl.onderwijsregio.workspace.coverage;

import org.jspecify.annotations.Nullable;

/** A catalogue entry that no region has in its register. */
public record UnusedEntry(String entryId, String information, String theme, String access,
        @Nullable String partnerName) {
}

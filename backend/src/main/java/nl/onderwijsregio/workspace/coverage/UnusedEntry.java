package nl.onderwijsregio.workspace.coverage;

import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/** A catalogue entry that no region has in its register. */
public record UnusedEntry(
        String entryId,
        String information,
        Theme theme,
        String access,
        @Nullable String partnerName) {}

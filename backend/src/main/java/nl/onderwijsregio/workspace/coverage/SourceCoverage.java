package nl.onderwijsregio.workspace.coverage;

import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * A closed catalogue entry across the regions: how many regions want, requested, received or were refused it, and
 * how many different holders (e.g. school boards) gave it in total.
 */
public record SourceCoverage(
        String entryId,
        String information,
        Theme theme,
        @Nullable String partnerId,
        @Nullable String partnerName,
        int wanted,
        int requested,
        int received,
        int refused,
        int holders) {}

package nl.onderwijsregio.workspace.catalogue;

import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * A region's suggestion for the catalogue: a new source ({@code NEW}) or a correction of an entry
 * ({@code CORRECTION}), and its outcome.
 */
public record Suggestion(
        long id,
        String regionId,
        String regionName,
        String kind,
        @Nullable String entryId,
        @Nullable String entryInformation,
        String proposal,
        String suggestedBy,
        OffsetDateTime suggestedAt,
        String status,
        @Nullable String decidedBy,
        @Nullable OffsetDateTime decidedAt,
        @Nullable Message decisionNote,
        @Nullable String appliedEntry) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}

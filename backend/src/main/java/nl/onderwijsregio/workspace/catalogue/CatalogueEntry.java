package nl.onderwijsregio.workspace.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the catalogue: what information, from whom, at which level, and how to get it.
 *
 * @param access        {@code OPEN} or {@code CLOSED} (only on request or by agreement)
 * @param sectors       po, vo, mbo, … where the text says so
 * @param granularities normalised levels (the original text is {@code level})
 * @param sensitive     data on equal opportunities: shown with a caution
 */
public record CatalogueEntry(
        String id,
        int position,
        String theme,
        @Nullable String subTheme,
        String information,
        String source,
        @Nullable String level,
        @Nullable String link,
        @Nullable String navigationHint,
        @Nullable String sameAs,
        String access,
        List<String> sectors,
        List<String> granularities,
        @Nullable String partnerId,
        @Nullable String partnerName,
        boolean retired,
        boolean sensitive,
        int revision,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public boolean open() {
        return "OPEN".equals(access);
    }
}

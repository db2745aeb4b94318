package nl.onderwijsregio.workspace.findings.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * A finding as the API returns it: the Markdown text and the same text as safe HTML. Register links are only
 * included for the own region's findings.
 */
record FindingJson(
        long id,
        String region,
        String regionName,
        String title,
        String body,
        String bodyHtml,
        Theme theme,
        @Nullable SubTheme subTheme,
        FindingKind kind,
        LocalDate observedFrom,
        @Nullable LocalDate observedUntil,
        Set<Sector> sectors,
        List<String> catalogueEntryIds,
        List<Long> registerEntryIds,
        boolean published,
        Visibility visibility,
        @Nullable OffsetDateTime sharedAt,
        int revision,
        OffsetDateTime createdAt,
        String createdByName,
        OffsetDateTime updatedAt,
        int commentCount,
        boolean unread) {

    static FindingJson of(Finding f, boolean ownRegion) {
        return new FindingJson(
                f.id(),
                f.regionId(),
                f.regionName(),
                f.title(),
                f.body(),
                f.bodyHtml(),
                f.theme(),
                f.subTheme(),
                f.kind(),
                f.observedFrom(),
                f.observedUntil(),
                f.sectors(),
                f.catalogueEntryIds(),
                ownRegion ? f.registerEntryIds() : List.of(),
                f.published(),
                f.visibility(),
                f.sharedAt(),
                f.revision(),
                f.createdAt(),
                f.createdByName(),
                f.updatedAt(),
                f.commentCount(),
                f.unread());
    }
}

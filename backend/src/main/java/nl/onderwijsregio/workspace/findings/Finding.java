package nl.onderwijsregio.workspace.findings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * A finding as the current user may see it.
 *
 * @param sharedAt     when it was last shared more widely (the feed's order)
 * @param commentCount visible comments
 * @param unread       whether the current user has not opened it yet (only meaningful for other regions' findings)
 */
public record Finding(
        long id,
        String regionId,
        String regionName,
        String title,
        String body,
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
        String createdBy,
        String createdByName,
        OffsetDateTime updatedAt,
        String updatedBy,
        int commentCount,
        boolean unread) {

    /** The theme, and the sub-theme if it has one. */
    public Topic topic() {
        return new Topic(theme, subTheme);
    }

    /** The body as safe HTML. */
    public String bodyHtml() {
        return Markdown.toSafeHtml(body);
    }

    /** A short plain-text preview of the body. */
    public String preview() {
        return Markdown.toPlainText(body, 240);
    }

    /** Whether others than the own region can read it. */
    public boolean shared() {
        return published && visibility.shared();
    }
}

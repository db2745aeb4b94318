package nl.onderwijsregio.workspace.priorities;

import java.time.OffsetDateTime;
import java.util.List;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * One priority of a region, at its rank (1 is the most important).
 *
 * @param subTheme     the ABC sub-theme; none for a theme of the regional context (see {@link PriorityTopics})
 * @param published    visible to every region and the Realisatie-Eenheid; a draft stays in the own region
 * @param findingLinks the supporting findings this transaction may read (another region sees a link only when the
 *                     finding is shared with it)
 * @param revision     raised by every change of content; a change names the revision it started from
 */
public record Priority(
        long id,
        String regionId,
        int rank,
        String title,
        Theme theme,
        @Nullable SubTheme subTheme,
        String description,
        List<Sector> sectors,
        @Nullable String measures,
        @Nullable String indicator,
        @Nullable String targetValue,
        int startYear,
        int endYear,
        PriorityStatus status,
        boolean published,
        List<CatalogueLink> catalogueLinks,
        List<FindingLink> findingLinks,
        int revision,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public Priority {
        sectors = List.copyOf(sectors);
        catalogueLinks = List.copyOf(catalogueLinks);
        findingLinks = List.copyOf(findingLinks);
    }

    public Topic topic() {
        return new Topic(theme, subTheme);
    }

    /** The period as people write it: "2026–2028", or one year. */
    public String period() {
        return startYear == endYear ? String.valueOf(startYear) : startYear + "–" + endYear;
    }

    /** The indicator with its target value, when the region has one. */
    public @Nullable String indicatorWithTarget() {
        if (indicator == null) {
            return null;
        }
        return targetValue == null ? indicator : indicator + ": " + targetValue;
    }
}

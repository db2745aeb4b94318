package nl.onderwijsregio.workspace.priorities;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * What a lead submits to add or change a priority; validated before it reaches the database.
 *
 * @param theme      may be left out when a sub-theme is given (it is the sub-theme's)
 * @param findingIds supporting findings of the own region (ordered, without repeats)
 */
public record PriorityDraft(
        @NotBlank(message = "{invalid.priorityDraft.geef-prioriteit-titel}")
        @Size(max = 200, message = "{invalid.priorityDraft.titel}")
        String title,

        @NotNull(message = "{invalid.priorityDraft.kies-thema-subthema}") @Nullable
        Theme theme,

        @Nullable SubTheme subTheme,

        @Size(max = 4000, message = "{invalid.priorityDraft.beschrijving}")
        String description,

        @NotEmpty(message = "{invalid.priorityDraft.kies-minstens-n}")
        List<Sector> sectors,

        @Nullable @Size(max = 4000, message = "{invalid.priorityDraft.maatregelen}")
        String measures,

        @Nullable @Size(max = 500, message = "{invalid.priorityDraft.indicator}")
        String indicator,

        @Nullable @Size(max = 200, message = "{invalid.priorityDraft.streefwaarde}")
        String targetValue,

        @NotNull(message = "{invalid.priorityDraft.geef-beginjaar}")
        @Min(value = 2026, message = "{invalid.priorityDraft.beginjaar-ligt-periode}")
        @Max(value = 2029, message = "{invalid.priorityDraft.beginjaar-ligt-periode}")
        @Nullable
        Integer startYear,

        @NotNull(message = "{invalid.priorityDraft.geef-eindjaar}")
        @Min(value = 2026, message = "{invalid.priorityDraft.eindjaar-ligt-periode}")
        @Max(value = 2029, message = "{invalid.priorityDraft.eindjaar-ligt-periode}")
        @Nullable
        Integer endYear,

        PriorityStatus status,
        boolean published,
        List<String> catalogueEntryIds,
        List<Long> findingIds) {

    /** Blank optional fields count as absent; text is trimmed; no status means "gepland". */
    public PriorityDraft {
        title = title == null ? "" : title.strip();
        theme = theme == null && subTheme != null ? subTheme.theme() : theme;
        description = description == null ? "" : description.strip();
        sectors = sectors == null
                ? List.of()
                : sectors.stream().distinct().sorted().toList();
        measures = blankToNull(measures);
        indicator = blankToNull(indicator);
        targetValue = blankToNull(targetValue);
        status = status == null ? PriorityStatus.GEPLAND : status;
        catalogueEntryIds = catalogueEntryIds == null
                ? List.of()
                : catalogueEntryIds.stream()
                        .filter(id -> id != null && !id.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        findingIds = findingIds == null
                ? List.of()
                : findingIds.stream()
                        .filter(id -> id != null)
                        .distinct()
                        .sorted()
                        .toList();
    }

    /** A draft without supporting findings. */
    public PriorityDraft(
            String title,
            Topic topic,
            String description,
            List<Sector> sectors,
            @Nullable String measures,
            @Nullable String indicator,
            @Nullable String targetValue,
            @Nullable Integer startYear,
            @Nullable Integer endYear,
            PriorityStatus status,
            boolean published,
            List<String> catalogueEntryIds) {
        this(
                title,
                topic.theme(),
                topic.subTheme(),
                description,
                sectors,
                measures,
                indicator,
                targetValue,
                startYear,
                endYear,
                status,
                published,
                catalogueEntryIds,
                List.of());
    }

    @AssertTrue(message = "{invalid.priorityDraft.kies-thema-subthema-2}")
    public boolean isTopicKnown() {
        return theme == null || PriorityTopics.allowed(theme, subTheme);
    }

    /** What the priority is about; null until a known theme (and sub-theme) is chosen. */
    public @Nullable Topic topic() {
        return theme != null && PriorityTopics.allowed(theme, subTheme) ? new Topic(theme, subTheme) : null;
    }

    @AssertTrue(message = "{invalid.priorityDraft.eindjaar-beginjaar-liggen}")
    public boolean isPeriodInOrder() {
        return startYear == null || endYear == null || endYear >= startYear;
    }

    @AssertTrue(message = "{invalid.priorityDraft.streefwaarde-hoort-bij}")
    public boolean isTargetWithIndicator() {
        return targetValue == null || indicator != null;
    }

    /** The draft of an existing priority, e.g. to start a change from. */
    public static PriorityDraft of(Priority p) {
        return new PriorityDraft(
                p.title(),
                p.theme(),
                p.subTheme(),
                p.description(),
                p.sectors(),
                p.measures(),
                p.indicator(),
                p.targetValue(),
                p.startYear(),
                p.endYear(),
                p.status(),
                p.published(),
                p.catalogueLinks().stream().map(CatalogueLink::catalogueEntryId).toList(),
                p.findingLinks().stream().map(FindingLink::findingId).toList());
    }

    /** This draft, supported by these findings instead. */
    PriorityDraft withFindingIds(List<Long> ids) {
        return new PriorityDraft(
                title,
                theme,
                subTheme,
                description,
                sectors,
                measures,
                indicator,
                targetValue,
                startYear,
                endYear,
                status,
                published,
                catalogueEntryIds,
                ids);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

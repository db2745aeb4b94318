package nl.onderwijsregio.workspace.findings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to write or change a finding; validated before it reaches the database.
 *
 * @param observedFrom  the date of the finding, or the start of the period it covers
 * @param observedUntil the end of that period, if it is one
 * @param published     false for a draft, which only the own region sees whatever its visibility
 */
public record FindingDraft(
        @NotBlank(message = "{invalid.findingDraft.geef-bevinding-titel}")
        @Size(max = 200, message = "{invalid.findingDraft.titel}")
        String title,

        @Size(max = 20000, message = "{invalid.findingDraft.tekst}")
        String body,

        @NotNull(message = "{invalid.findingDraft.kies-thema}") @Nullable
        Theme theme,

        @Nullable SubTheme subTheme,

        @NotNull(message = "{invalid.findingDraft.kies-hoe-bevinding}")
        FindingKind kind,

        @NotNull(message = "{invalid.findingDraft.geef-datum-begin}")
        LocalDate observedFrom,

        @Nullable LocalDate observedUntil,
        Set<Sector> sectors,

        @Size(max = 50, message = "{invalid.findingDraft.koppel-catalogusbronnen}")
        List<String> catalogueEntryIds,

        @Size(max = 50, message = "{invalid.findingDraft.koppel-registerregels}")
        List<Long> registerEntryIds,

        boolean published,

        @NotNull(message = "{invalid.findingDraft.kies-wie-bevinding}")
        Visibility visibility) {

    /** Text is trimmed, blank optional fields count as absent, lists are copied without duplicates. */
    public FindingDraft {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        sectors = sectors == null || sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
        catalogueEntryIds = catalogueEntryIds == null
                ? List.of()
                : catalogueEntryIds.stream().distinct().toList();
        registerEntryIds = registerEntryIds == null
                ? List.of()
                : registerEntryIds.stream().distinct().toList();
        visibility = visibility == null ? Visibility.OWN : visibility;
    }

    @AssertTrue(message = "{invalid.findingDraft.kies-thema-subthema}")
    public boolean isThemeKnown() {
        return theme == null || Topic.valid(theme, subTheme);
    }

    @AssertTrue(message = "{invalid.findingDraft.einde-periode-begin}")
    public boolean isPeriodInOrder() {
        return observedUntil == null || observedFrom == null || !observedUntil.isBefore(observedFrom);
    }

    /** The draft of an existing finding, to start a change from. */
    public static FindingDraft of(Finding f) {
        return new FindingDraft(
                f.title(),
                f.body(),
                f.theme(),
                f.subTheme(),
                f.kind(),
                f.observedFrom(),
                f.observedUntil(),
                f.sectors(),
                f.catalogueEntryIds(),
                f.registerEntryIds(),
                f.published(),
                f.visibility());
    }

    /** Who can read it once stored: the own region only unless it is published and shared. */
    public boolean sharedWithOthers() {
        return published && visibility.shared();
    }
}

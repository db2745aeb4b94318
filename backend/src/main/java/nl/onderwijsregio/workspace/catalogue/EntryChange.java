package nl.onderwijsregio.workspace.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the catalogue maintainer submits for a new or changed entry; validated before it reaches the database. */
public record EntryChange(
        @NotBlank(message = "{invalid.entryChange.kies-thema}")
        @Size(max = 120, message = "{invalid.entryChange.thema}")
        String theme,

        @Nullable @Size(max = 200, message = "{invalid.entryChange.subthema}")
        String subTheme,

        @NotBlank(message = "{invalid.entryChange.beschrijf-welke-informatie}")
        @Size(max = 1000, message = "{invalid.entryChange.informatie}")
        String information,

        @NotBlank(message = "{invalid.entryChange.geef-bron-wie}")
        @Size(max = 300, message = "{invalid.entryChange.bron}")
        String source,

        @Nullable @Size(max = 300, message = "{invalid.entryChange.niveau}")
        String level,

        @Nullable @Pattern(regexp = "^https?://\\S+$", message = "{invalid.entryChange.geef-webadres-begint}")
        String link,

        @Nullable @Size(max = 500, message = "{invalid.entryChange.vindplaats}")
        String navigationHint,

        @NotBlank @Pattern(regexp = "OPEN|CLOSED", message = "{invalid.entryChange.kies-openbaar-gesloten}")
        String access,

        List<String> sectors,
        List<String> granularities,
        @Nullable String partnerId) {

    public EntryChange {
        subTheme = blankToNull(subTheme);
        level = blankToNull(level);
        link = blankToNull(link);
        navigationHint = blankToNull(navigationHint);
        partnerId = blankToNull(partnerId);
        theme = theme == null ? "" : theme.strip();
        information = information == null ? "" : information.strip();
        source = source == null ? "" : source.strip();
        sectors = sectors == null
                ? List.of()
                : sectors.stream().sorted().distinct().toList();
        granularities = granularities == null
                ? List.of()
                : granularities.stream().sorted().distinct().toList();
    }

    /** The change that leaves {@code entry} as it is: the starting point of an edit form. */
    public static EntryChange of(CatalogueEntry entry) {
        return new EntryChange(
                entry.theme(),
                entry.subTheme(),
                entry.information(),
                entry.source(),
                entry.level(),
                entry.link(),
                entry.navigationHint(),
                entry.access(),
                entry.sectors(),
                entry.granularities(),
                entry.partnerId());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

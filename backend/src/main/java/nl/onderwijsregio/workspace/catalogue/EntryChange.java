package nl.onderwijsregio.workspace.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the catalogue maintainer submits for a new or changed entry; validated before it reaches the database. */
public record EntryChange(
        @NotBlank(message = "Kies een thema.") @Size(max = 120, message = "Het thema is te lang.")
        String theme,

        @Nullable @Size(max = 200, message = "Het subthema is te lang.")
        String subTheme,

        @NotBlank(message = "Beschrijf welke informatie het is.")
        @Size(max = 1000, message = "De informatie mag hoogstens 1000 tekens lang zijn.")
        String information,

        @NotBlank(message = "Geef de bron: wie heeft de gegevens?")
        @Size(max = 300, message = "De bron mag hoogstens 300 tekens lang zijn.")
        String source,

        @Nullable @Size(max = 300, message = "Het niveau is te lang.")
        String level,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "Geef een webadres dat begint met http:// of https://.")
        String link,

        @Nullable @Size(max = 500, message = "De vindplaats is te lang.")
        String navigationHint,

        @NotBlank @Pattern(regexp = "OPEN|CLOSED", message = "Kies openbaar of gesloten.")
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

package nl.onderwijsregio.workspace.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the catalogue maintainer submits for a data partner; validated before it reaches the database. */
public record PartnerChange(
        @NotBlank(message = "Geef de naam van de datapartner.")
        @Size(max = 200, message = "De naam mag hoogstens 200 tekens lang zijn.")
        String name,

        @Size(max = 2000, message = "De omschrijving mag hoogstens 2000 tekens lang zijn.")
        String description,

        @NotBlank @Pattern(regexp = "OPEN|CLOSED", message = "Kies openbaar of gesloten.")
        String access,

        @Nullable @Size(max = 300, message = "De uitsplitsing is te lang.")
        String breakdown,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "Geef een webadres dat begint met http:// of https://.")
        String link) {

    public PartnerChange {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        breakdown = breakdown == null || breakdown.isBlank() ? null : breakdown.strip();
        link = link == null || link.isBlank() ? null : link.strip();
    }

    public static PartnerChange of(DataPartner partner) {
        return new PartnerChange(
                partner.name(), partner.description(), partner.access(), partner.breakdown(), partner.link());
    }
}

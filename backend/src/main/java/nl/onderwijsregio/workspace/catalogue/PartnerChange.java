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
        String link,

        @Nullable
        @Pattern(
                regexp = "^https?://\\S+$",
                message = "Geef de IRI van de organisatie, beginnend met http:// of https://.")
        @Size(max = 300, message = "De IRI van de organisatie is te lang.")
        String organisationIri,

        @Nullable
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Geef een e-mailadres, zoals info@voorbeeld.nl.")
        @Size(max = 200, message = "Het e-mailadres is te lang.")
        String contactEmail,

        @Nullable
        @Pattern(
                regexp = "^https?://\\S+$",
                message = "Geef de IRI van de licentie, beginnend met http:// of https://.")
        @Size(max = 300, message = "De IRI van de licentie is te lang.")
        String licence) {

    /** A change of the texts only, keeping no publication details (the form before issue 18). */
    public PartnerChange(
            String name, String description, String access, @Nullable String breakdown, @Nullable String link) {
        this(name, description, access, breakdown, link, null, null, null);
    }

    public PartnerChange {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        breakdown = breakdown == null || breakdown.isBlank() ? null : breakdown.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        organisationIri = blankToNull(organisationIri);
        contactEmail = blankToNull(contactEmail);
        licence = blankToNull(licence);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static PartnerChange of(DataPartner partner) {
        return new PartnerChange(
                partner.name(),
                partner.description(),
                partner.access(),
                partner.breakdown(),
                partner.link(),
                partner.organisationIri(),
                partner.contactEmail(),
                partner.licence());
    }
}

package nl.onderwijsregio.workspace.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the catalogue maintainer submits for a data partner; validated before it reaches the database. */
public record PartnerChange(
        @NotBlank(message = "{invalid.partnerChange.geef-naam-datapartner}")
        @Size(max = 200, message = "{invalid.partnerChange.naam}")
        String name,

        @Size(max = 2000, message = "{invalid.partnerChange.omschrijving}")
        String description,

        @NotBlank @Pattern(regexp = "OPEN|CLOSED", message = "{invalid.partnerChange.kies-openbaar-gesloten}")
        String access,

        @Nullable @Size(max = 300, message = "{invalid.partnerChange.uitsplitsing}")
        String breakdown,

        @Nullable @Pattern(regexp = "^https?://\\S+$", message = "{invalid.partnerChange.geef-webadres-begint}")
        String link,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "{invalid.partnerChange.geef-iri-organisatie}")
        @Size(max = 300, message = "{invalid.partnerChange.iri-organisatie}")
        String organisationIri,

        @Nullable
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{invalid.partnerChange.geef-e-mailadres}")
        @Size(max = 200, message = "{invalid.partnerChange.e-mailadres}")
        String contactEmail,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "{invalid.partnerChange.geef-iri-licentie}")
        @Size(max = 300, message = "{invalid.partnerChange.iri-licentie}")
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

package nl.onderwijsregio.workspace.catalogue.dcat;

import org.jspecify.annotations.Nullable;

/**
 * What the catalogue maintainer configures for the public DCAT feed (see the README, "The public catalogue").
 *
 * @param publisherIri the Realisatie-Eenheid's organisation IRI (TOOI/OWMS), or null: then the feed describes it as a
 *                     {@code foaf:Organization} of its own
 * @param contactName  the name of the catalogue maintainer's contact point
 * @param contactEmail the maintainer's public e-mail address, or null
 * @param contactUrl   a public web page to reach the maintainer; null for the public catalogue page
 * @param licence      the licence IRI of the catalogue's own metadata and API
 */
record PublicationSettings(
        @Nullable String publisherIri,
        String contactName,
        @Nullable String contactEmail,
        @Nullable String contactUrl,
        String licence) {

    PublicationSettings {
        publisherIri = blankToNull(publisherIri);
        contactEmail = blankToNull(contactEmail);
        contactUrl = blankToNull(contactUrl);
        contactName = contactName == null || contactName.isBlank() ? DEFAULT_CONTACT : contactName.strip();
        licence = licence == null || licence.isBlank() ? DcatTerms.LICENCE_UNKNOWN.getURI() : licence.strip();
    }

    static final String DEFAULT_CONTACT = "Beheer catalogus databronnen, Realisatie-Eenheid";

    static PublicationSettings defaults() {
        return new PublicationSettings(null, DEFAULT_CONTACT, null, null, DcatTerms.LICENCE_UNKNOWN.getURI());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

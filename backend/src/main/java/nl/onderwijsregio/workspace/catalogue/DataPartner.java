package nl.onderwijsregio.workspace.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A data partner of the "Belangrijkste datapartners" table, with the number of catalogue entries it holds.
 *
 * @param organisationIri the organisation's persistent IRI (TOOI/OWMS) for the DCAT feed, when the maintainer gave it
 * @param contactEmail    the partner's public contact address, when known
 * @param licence         the IRI of the licence the partner publishes its data under, when known
 */
public record DataPartner(
        String id,
        int position,
        String name,
        String description,
        String access,
        @Nullable String breakdown,
        @Nullable String link,
        boolean retired,
        int entryCount,
        @Nullable String organisationIri,
        @Nullable String contactEmail,
        @Nullable String licence) {}

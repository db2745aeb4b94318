package nl.onderwijsregio.workspace.catalogue.source;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the table "Belangrijkste datapartners": texts as in the document; {@code link} is only a well-known
 * public base address (the document's own hyperlinks were lost); {@code licence} the IRI of the licence the partner
 * publishes its open data under, where that is well known (CBS: CC BY 4.0), else absent.
 */
public record CuratedPartner(
        String id,
        String name,
        String description,
        Access access,
        String breakdown,
        @Nullable String link,
        @Nullable String licence) {

    public CuratedPartner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(breakdown, "breakdown");
    }
}

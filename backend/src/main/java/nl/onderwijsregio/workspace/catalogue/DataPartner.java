package nl.onderwijsregio.workspace.catalogue;

import org.jspecify.annotations.Nullable;

/** A data partner of the "Belangrijkste datapartners" table, with the number of catalogue entries it holds. */
public record DataPartner(
        String id,
        int position,
        String name,
        String description,
        String access,
        @Nullable String breakdown,
        @Nullable String link,
        boolean retired,
        int entryCount) {}

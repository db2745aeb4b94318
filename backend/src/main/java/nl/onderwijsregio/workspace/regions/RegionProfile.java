package nl.onderwijsregio.workspace.regions;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A region's own introduction and contact details, shown on its home page.
 *
 * @param introduction free text, at most 2000 characters
 * @param website      an http(s) address or null
 * @param contactEmail the region's general address or null
 * @param updatedAt    last change
 * @param updatedBy    who changed it last
 */
public record RegionProfile(
        String introduction,
        @Nullable String website,
        @Nullable String contactEmail,
        OffsetDateTime updatedAt,
        String updatedBy) {}

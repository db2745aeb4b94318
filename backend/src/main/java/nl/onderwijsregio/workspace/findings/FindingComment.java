package nl.onderwijsregio.workspace.findings;

import java.time.OffsetDateTime;

/** A comment on a finding; {@code hidden} ones are only shown (as hidden) to the finding's own region. */
public record FindingComment(
        long id,
        long findingId,
        String regionId,
        String regionName,
        String author,
        String authorName,
        String body,
        OffsetDateTime createdAt,
        boolean hidden) {}

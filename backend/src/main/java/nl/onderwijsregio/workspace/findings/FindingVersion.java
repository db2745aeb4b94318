package nl.onderwijsregio.workspace.findings;

import java.time.OffsetDateTime;

/** A line of a finding's history: who changed what, and the text as it was before. */
public record FindingVersion(
        OffsetDateTime at,
        String actor,
        String summary,
        String title,
        String body,
        Visibility visibility,
        boolean published) {}

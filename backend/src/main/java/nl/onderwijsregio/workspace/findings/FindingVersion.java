package nl.onderwijsregio.workspace.findings;

import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.messages.Message;

/** A line of a finding's history: who changed what (said in the reader's language), and the text as it was before. */
public record FindingVersion(
        OffsetDateTime at,
        String actor,
        Message summary,
        String title,
        String body,
        Visibility visibility,
        boolean published) {}

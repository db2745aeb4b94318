package nl.onderwijsregio.workspace.register;

import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * One step in a register entry's history: who did what when, with the status before and after (if it changed); the
 * summary is said in the reader's language.
 */
public record RegisterEvent(
        long id,
        long entryId,
        OffsetDateTime at,
        String actor,
        String action,
        @Nullable RegisterStatus fromStatus,
        @Nullable RegisterStatus toStatus,
        Message summary) {}

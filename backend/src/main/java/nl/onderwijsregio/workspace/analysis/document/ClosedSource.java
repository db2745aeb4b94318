package nl.onderwijsregio.workspace.analysis.document;

import org.jspecify.annotations.Nullable;

/**
 * What the Bronnenverantwoording needs of a register entry, and nothing more: no contact person, no holder's name,
 * no notes or agreement reference are ever read for it.
 *
 * @param holder    the kind of holder ("Schoolbestuur" …)
 * @param agreement the agreement type's label
 */
public record ClosedSource(
        @Nullable String catalogueEntryId,
        String source,
        String what,
        @Nullable String granularity,
        @Nullable String period,
        String holder,
        @Nullable String agreement) {}

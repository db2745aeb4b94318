package nl.onderwijsregio.workspace.findings;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** The finding changed since the user opened it; nothing was overwritten. */
public class FindingConflictException extends ExplainedException {

    public FindingConflictException() {
        super("finding.conflict");
    }
}

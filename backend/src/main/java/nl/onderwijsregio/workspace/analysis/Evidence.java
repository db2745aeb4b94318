package nl.onderwijsregio.workspace.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as people see it.
 *
 * @param label  its title (a source's information, a finding's title …)
 * @param detail one line more: the data partner, the holder and status, the region of a priority
 */
public record Evidence(
        EvidenceRef ref, String label, @Nullable String detail) {

    /** How a citation of it reads in the delivered text. */
    public String reference() {
        return detail == null || detail.isBlank() ? label : label + ", " + detail;
    }
}

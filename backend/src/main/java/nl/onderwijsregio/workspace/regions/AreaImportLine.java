package nl.onderwijsregio.workspace.regions;

import nl.onderwijsregio.workspace.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * One line of an area import as the preview shows it.
 *
 * @param line    line number in the file (the header is line 1)
 * @param outcome what the line does: {@code ADD} (the municipality joins the region), {@code KEEP} (it is there
 *                already) or {@code ERROR}
 * @param message why the line is refused; null unless {@code ERROR}
 */
public record AreaImportLine(
        int line,
        String region,
        String municipality,
        @Nullable String municipalityName,
        Outcome outcome,
        @Nullable Message message) {

    public enum Outcome {
        ADD,
        KEEP,
        ERROR
    }
}

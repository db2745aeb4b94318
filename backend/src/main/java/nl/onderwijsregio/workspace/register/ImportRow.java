package nl.onderwijsregio.workspace.register;

import java.util.List;
import nl.onderwijsregio.workspace.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * One line of a CSV import as the preview shows it: what it will create, or why it is skipped or refused.
 *
 * @param line    line number in the file (the header is line 1)
 * @param draft   the entry it would create, when the line could be read
 * @param action  {@code CREATE}, {@code DUPLICATE} (already in the register: skipped) or {@code ERROR}
 * @param errors  why the line is refused (in the reader's language), empty unless {@code ERROR}
 */
public record ImportRow(int line, @Nullable RegisterDraft draft, String action, List<Message> errors) {

    public boolean error() {
        return "ERROR".equals(action);
    }
}

package nl.onderwijsregio.workspace.register;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a CSV import as the preview shows it: what it will create, or why it is skipped or refused.
 *
 * @param line    line number in the file (the header is line 1)
 * @param draft   the entry it would create, when the line could be read
 * @param action  {@code CREATE}, {@code DUPLICATE} (already in the register: skipped) or {@code ERROR}
 * @param errors  Dutch messages, empty unless {@code ERROR}
 */
public record ImportRow(int line, @Nullable RegisterDraft draft, String action, List<String> errors) {

    public boolean error() {
        return "ERROR".equals(action);
    }
}

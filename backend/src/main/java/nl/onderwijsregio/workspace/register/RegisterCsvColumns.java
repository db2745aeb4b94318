package nl.onderwijsregio.workspace.register;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.messages.Texts;

/**
 * The columns of the register's CSV/XLSX: a stable identifier each (the Dutch name in lower case, words joined by a
 * hyphen), a header in the export's language ({@code register.export.<id>}), and the import that reads a
 * header in either language back to its identifier.
 */
final class RegisterCsvColumns {

    static final List<String> IDS = List.of(
            "nummer",
            "catalogusbron",
            "bron",
            "wat",
            "detailniveau",
            "periode",
            "soort-houder",
            "houder",
            "bestuursnummer",
            "status",
            "aangevraagd-op",
            "ontvangen-op",
            "afgesloten-op",
            "overeenkomst",
            "kenmerk-overeenkomst",
            "getekend-op",
            "grondslag",
            "bewaren-tot",
            "verwijdering-bevestigd-op",
            "contactpersoon",
            "rol-contactpersoon",
            "notities");

    private RegisterCsvColumns() {}

    /** The bundle key of a column's header. */
    static String key(String id) {
        return "register.export." + id;
    }

    /**
     * The identifier of a header as written in a file: the column whose Dutch or English header (or identifier) it
     * is; any other header in lower case (a column the import does not read).
     */
    static String id(String header) {
        String text = header.strip();
        return IDS.stream()
                .filter(id -> id.equalsIgnoreCase(text.replace(' ', '-'))
                        || Arrays.stream(Language.values())
                                .anyMatch(l -> Texts.text(key(id), l.locale()).equalsIgnoreCase(text)))
                .findFirst()
                .orElse(text.toLowerCase(Locale.ROOT));
    }
}

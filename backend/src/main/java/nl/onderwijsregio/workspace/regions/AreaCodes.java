package nl.onderwijsregio.workspace.regions;

import java.util.Locale;

/** Municipality codes as people type them: {@code GM0363}, {@code gm0363}, {@code 0363} and {@code 363} are one. */
final class AreaCodes {

    private AreaCodes() {}

    static String normalise(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (value.matches("[0-9]{1,4}")) {
            return "GM" + "0".repeat(4 - value.length()) + value;
        }
        return value;
    }
}

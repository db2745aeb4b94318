package nl.onderwijsregio.workspace.catalogue.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A change's or decision's label with its summary, saying the label once: "gewijzigd" with "Gewijzigd: vindplaats"
 * reads "gewijzigd: vindplaats", "Verwerkt" with "Verwerkt op voorstel van X" reads "Verwerkt op voorstel van X".
 */
final class ChangeSummary {

    private ChangeSummary() {}

    static String of(String label, @Nullable String summary) {
        if (summary == null || summary.isBlank()) {
            return label;
        }
        String text = summary.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))) {
            String rest = text.substring(label.length());
            return rest.isBlank() ? label : label + rest;
        }
        return label + ": " + text;
    }
}

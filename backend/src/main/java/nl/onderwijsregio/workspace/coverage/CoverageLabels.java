package nl.onderwijsregio.workspace.coverage;

import java.util.Locale;
import nl.onderwijsregio.workspace.messages.Texts;

/** Labels for the region kinds the aggregate functions return, in the language asked for. */
public final class CoverageLabels {

    private CoverageLabels() {}

    public static String regionKind(String kind, Locale locale) {
        return Texts.text(
                "NATIONAL".equals(kind) ? "coverage.region-kind.national" : "coverage.region-kind.geographic", locale);
    }
}

package nl.onderwijsregio.workspace.analysis.document;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which link targets a delivered document may carry: the same rule as the findings' HTML (http, https, mailto).
 * Anything else (javascript:, file:, relative paths) is shown as its text only.
 */
final class Links {

    private static final Pattern SAFE = Pattern.compile("^(https?:|mailto:)\\S*$");

    private Links() {}

    static boolean safe(@Nullable String destination) {
        return destination != null
                && SAFE.matcher(destination.toLowerCase(Locale.ROOT)).matches();
    }
}

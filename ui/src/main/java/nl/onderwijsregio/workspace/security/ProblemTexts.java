package nl.onderwijsregio.workspace.security;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.workspace.messages.Explained;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the API's problem details, in Dutch and (when the client's {@code Accept-Language} prefers it)
 * English. Used by the Spring MVC handlers, the error page of the servlet container, the security entry points and
 * Tomcat's own error report, so that every API error reads the same, without framework names.
 */
public final class ProblemTexts {

    private static final Locale DUTCH = Locale.of("nl");
    private static final List<Locale> OFFERED = List.of(DUTCH, Locale.ENGLISH);

    /** The texts live in the bundle {@code i18n/texts} under {@code problem.<key>}. */
    private static final String PREFIX = "problem.";

    private ProblemTexts() {}

    /** Whether the client prefers English over Dutch ({@code Accept-Language}); Dutch otherwise. */
    public static boolean english(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return chosen != null && chosen.getLanguage().equals("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The language of a problem detail: Dutch unless the client prefers English. */
    public static Locale locale(@Nullable String acceptLanguage) {
        return english(acceptLanguage) ? Locale.ENGLISH : DUTCH;
    }

    /** A service's refusal in that language (its message key); any other exception's own message. */
    public static @Nullable String explain(RuntimeException refusal, Locale locale) {
        return refusal instanceof Explained explained ? explained.explanation().text(locale) : refusal.getMessage();
    }

    /** The text under {@code key}, with its arguments. */
    public static String text(String key, boolean english, Object... arguments) {
        if (!Texts.has(PREFIX + key)) {
            throw new IllegalArgumentException("No problem text " + key);
        }
        return Texts.text(PREFIX + key, english ? Locale.ENGLISH : DUTCH, arguments);
    }

    /** The title for an HTTP status, or a general one. */
    public static String title(int status, boolean english) {
        return text(Texts.has(PREFIX + "title." + status) ? "title." + status : "title.other", english);
    }

    /** The general detail for an HTTP status (for 500: with the reference to quote). */
    public static String detail(int status, boolean english, Object... arguments) {
        return text(Texts.has(PREFIX + "detail." + status) ? "detail." + status : "detail.other", english, arguments);
    }
}

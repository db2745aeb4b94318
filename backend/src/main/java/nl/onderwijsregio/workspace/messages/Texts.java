package nl.onderwijsregio.workspace.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Resolves the backend's texts (refusals, activity summaries, export headers, document texts, the names of values)
 * from {@code i18n/texts_nl.properties} and {@code i18n/texts_en.properties}. Patterns are {@link MessageFormat}s:
 * Dutch plural forms with {@code choice}, e.g. <code>{0,choice,1#1 regel|1&lt;{0} regels}</code>.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.texts";

    private Texts() {}

    /** Whether the bundle holds this key. */
    public static boolean has(String key) {
        return bundle(Language.NL).containsKey(key);
    }

    public static String text(String key, Locale locale, Object... args) {
        Language language = Language.of(locale);
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = switch (args[i]) {
                case null -> "";
                case Message m -> m.text(language.locale());
                case Labelled l -> l.label(language.locale());
                default -> args[i];
            };
        }
        return new MessageFormat(pattern, language.locale()).format(resolved);
    }

    /**
     * The language of the work at hand: the request's (Spring's locale context: the API's {@code Accept-Language},
     * a screen's chosen language), Dutch where there is none (jobs, tests), whatever the JVM's language.
     */
    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? Language.NL.locale() : locale;
    }

    /** The Dutch text of a key. */
    public static String dutch(String key, Object... args) {
        return text(key, Language.NL.locale(), args);
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.onderwijsregio.workspace.messages.Explained;
import nl.onderwijsregio.workspace.messages.Texts;
import org.springframework.stereotype.Component;

/**
 * Dutch first, English second: the first provided locale is used when the browser asks for neither. Keys of the
 * screens live in {@code i18n/messages_*.properties} (ui); keys the backend speaks (values, refusals, activity,
 * exports) in {@code i18n/texts_*.properties} (backend), found here too.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            effective,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            // the backend's texts (values, refusals, activity): one seam, see Texts
            return Texts.text(key, effective, params);
        }
    }

    /**
     * What a refusal of a service says, in this language: its message key when it has one, else its own text (a
     * framework's, not meant for people: then the general {@code error.unexpected}).
     */
    public static String explain(Throwable refusal, Locale locale) {
        if (refusal instanceof Explained explained) {
            return explained.explanation().text(locale);
        }
        String message = refusal.getMessage();
        return message == null || message.isBlank() ? Texts.text("error.unexpected", locale) : message;
    }

    /**
     * A validation message in this language: its template {@code {key}} resolved from the bundles (the message was
     * resolved in the request's language, which is the browser's, not necessarily the one chosen in the switch).
     */
    public static String explain(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.matches("\\{[\\w.-]+}")) {
            String key = template.substring(1, template.length() - 1);
            if (Texts.has(key)) {
                return Texts.text(key, locale);
            }
        }
        return violation.getMessage();
    }

    /** The language of the current browser tab (Dutch outside one): for values named in lists and badges. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? DUTCH : ui.getLocale();
    }
}

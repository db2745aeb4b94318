package nl.onderwijsregio.workspace.messages;

import java.util.Locale;

/**
 * A value with a name for people (a status, a kind, a visibility), kept in the bundle {@code i18n/texts} under
 * {@code <EnumName>.<CONSTANT>}.
 */
public interface Labelled {

    String name();

    default String label(Locale locale) {
        Class<?> type = getClass().isEnum() ? getClass() : getClass().getSuperclass();
        return Texts.text(type.getSimpleName() + "." + name(), locale);
    }

    /** The Dutch name. */
    default String label() {
        return label(Language.NL.locale());
    }
}

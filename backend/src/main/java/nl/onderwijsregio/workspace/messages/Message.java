package nl.onderwijsregio.workspace.messages;

import java.util.List;
import java.util.Locale;

/**
 * A text for people, not yet in a language: a key of the bundle {@code i18n/texts} and its arguments. Arguments that
 * are themselves a {@link Message} or a {@link Labelled} value are put in the same language.
 */
public record Message(String key, List<Object> args) {

    static final String JOINED = "";

    /** The key of messages said as a list, separated by commas. */
    static final String LISTED = ",";

    /** The key of a text that reads the same in every language: a name, or a text stored before the bundles. */
    static final String VERBATIM = "=";

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public String text(Locale locale) {
        if (JOINED.equals(key)) {
            return String.join(
                    " ", args.stream().map(m -> ((Message) m).text(locale)).toList());
        }
        if (LISTED.equals(key)) {
            return String.join(
                    ", ", args.stream().map(m -> ((Message) m).text(locale)).toList());
        }
        if (VERBATIM.equals(key)) {
            return String.valueOf(args.getFirst());
        }
        return Texts.text(key, locale, args.toArray());
    }

    /** The Dutch text: for logs and for callers that have no person's language. */
    public String dutch() {
        return text(Language.NL.locale());
    }

    /** A text that is the same in every language (a name, user input, a summary stored before the bundles). */
    public static Message verbatim(String text) {
        return new Message(VERBATIM, List.of(text));
    }

    /** Several messages said as a list ("titel, tekst, thema"). */
    public static Message listed(List<Message> messages) {
        return new Message(LISTED, List.copyOf(messages));
    }

    /** Several messages said one after the other (e.g. every rule an area breaks). */
    public static Message joined(List<Message> messages) {
        return messages.size() == 1 ? messages.getFirst() : new Message(JOINED, List.copyOf(messages));
    }
}

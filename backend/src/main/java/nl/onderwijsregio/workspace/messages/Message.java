package nl.onderwijsregio.workspace.messages;

import java.util.List;
import java.util.Locale;

/**
 * A text for people, not yet in a language: a key of the bundle {@code i18n/texts} and its arguments. Arguments that
 * are themselves a {@link Message} or a {@link Labelled} value are put in the same language.
 */
public record Message(String key, List<Object> args) {

    static final String JOINED = "";

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
        return Texts.text(key, locale, args.toArray());
    }

    /** The Dutch text: for logs and for callers that have no person's language. */
    public String dutch() {
        return text(Language.NL.locale());
    }

    /** Several messages said one after the other (e.g. every rule an area breaks). */
    public static Message joined(List<Message> messages) {
        return messages.size() == 1 ? messages.getFirst() : new Message(JOINED, List.copyOf(messages));
    }
}

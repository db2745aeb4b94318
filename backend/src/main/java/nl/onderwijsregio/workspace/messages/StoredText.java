package nl.onderwijsregio.workspace.messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Message} kept as text in a column (activity, histories, decisions), so that it is said in the reader's
 * language, not the writer's: {@code {"m":"key","a":[...]}}. Arguments are kept as text, whole numbers, dates, the
 * names of values ({@link Labelled}) and messages. Anything else in such a column (a text written before the
 * bundles, a person's own words: {@link Message#verbatim}, kept as it is) reads as it was written.
 */
public final class StoredText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String START = "{\"m\":";

    /** Longest text argument kept (a title, a name); longer ones are cut with an ellipsis. */
    static final int MAX_ARGUMENT = 200;

    private StoredText() {}

    /** The message as stored text of at most {@code maxLength} characters (else its Dutch text, cut to fit). */
    public static String write(Message message, int maxLength) {
        if (Message.VERBATIM.equals(message.key())) {
            String text = String.valueOf(message.args().getFirst());
            return text.length() <= maxLength ? text : text.substring(0, maxLength);
        }
        String stored = JSON.writeValueAsString(node(message));
        if (stored.length() <= maxLength) {
            return stored;
        }
        String dutch = message.dutch();
        return dutch.length() <= maxLength ? dutch : dutch.substring(0, maxLength);
    }

    /** The message a stored text holds; a text that is no stored message as it was written. */
    public static Message read(@Nullable String stored) {
        if (stored == null) {
            return Message.verbatim("");
        }
        if (!stored.startsWith(START)) {
            return Message.verbatim(stored);
        }
        try {
            return message(JSON.readTree(stored));
        } catch (JacksonException | IllegalArgumentException e) {
            return Message.verbatim(stored);
        }
    }

    /** The stored text in a language. */
    public static String text(@Nullable String stored, Locale locale) {
        return read(stored).text(locale);
    }

    private static ObjectNode node(Message message) {
        ObjectNode node = NODES.objectNode();
        node.put("m", message.key());
        ArrayNode args = node.putArray("a");
        for (Object arg : message.args()) {
            ObjectNode value = args.addObject();
            switch (arg) {
                case Message m -> value.set("m", node(m));
                case Labelled l ->
                    value.put(
                            "l",
                            l.getClass().isEnum()
                                    ? l.getClass().getSimpleName() + "." + l.name()
                                    : l.getClass().getSuperclass().getSimpleName() + "." + l.name());
                case Integer i -> value.put("n", i.longValue());
                case Long n -> value.put("n", n);
                case LocalDate d -> value.put("d", d.toString());
                default -> value.put("s", cut(String.valueOf(arg)));
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        String key = node.get("m").asString();
        List<Object> args = new ArrayList<>();
        for (JsonNode value : node.path("a")) {
            if (value.has("m")) {
                args.add(message(value.get("m")));
            } else if (value.has("l")) {
                args.add(Message.of(value.get("l").asString()));
            } else if (value.has("n")) {
                args.add(value.get("n").asLong());
            } else if (value.has("d")) {
                args.add(LocalDate.parse(value.get("d").asString()));
            } else {
                args.add(value.path("s").asString(""));
            }
        }
        if (Message.VERBATIM.equals(key) && args.size() == 1) {
            return Message.verbatim(String.valueOf(args.getFirst()));
        }
        return new Message(key, args);
    }

    private static String cut(String text) {
        return text.length() <= MAX_ARGUMENT ? text : text.substring(0, MAX_ARGUMENT - 1) + "…";
    }
}

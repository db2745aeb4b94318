package nl.onderwijsregio.workspace.audit.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.onderwijsregio.workspace.audit.AuditEvent;
import nl.onderwijsregio.workspace.shell.Moments;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit event's values as a person reads them: for a change each changed field as "field: old → new"; for an addition
 * or a removal "field: value" per field; the fields separated by " · ". Moments in Dutch time in the reader's language, long values
 * shortened, the row's own update time left out when something else changed (the Time column says when).
 */
final class ChangeText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 120;
    static final String SEPARATOR = " · ";
    private static final Set<String> BOOKKEEPING = Set.of("updated_at");

    private ChangeText() {}

    static String of(AuditEvent event, Locale locale) {
        return switch (event.operation()) {
            case "UPDATE" -> changed(fields(event.oldValues()), fields(event.newValues()), locale);
            case "DELETE" -> listed(fields(event.oldValues()), locale);
            default -> listed(fields(event.newValues()), locale);
        };
    }

    private static String changed(Map<String, JsonNode> before, Map<String, JsonNode> after, Locale locale) {
        List<String> lines = new ArrayList<>();
        List<String> bookkeeping = new ArrayList<>();
        Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            JsonNode old = before.get(name);
            JsonNode now = after.get(name);
            if (Objects.equals(old, now)) {
                continue;
            }
            String line = label(name) + value(old, locale) + " → " + value(now, locale);
            (BOOKKEEPING.contains(name) ? bookkeeping : lines).add(line);
        }
        return String.join(SEPARATOR, lines.isEmpty() ? bookkeeping : lines);
    }

    private static String listed(Map<String, JsonNode> values, Locale locale) {
        List<String> lines = new ArrayList<>();
        values.forEach((name, value) -> {
            if (!value.isNull()) {
                lines.add(label(name) + value(value, locale));
            }
        });
        return String.join(SEPARATOR, lines);
    }

    private static String label(String name) {
        return name.isEmpty() ? "" : name + ": ";
    }

    private static Map<String, JsonNode> fields(@Nullable String json) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node.isObject()) {
                node.properties().forEach(p -> fields.put(p.getKey(), p.getValue()));
            } else {
                fields.put("", node);
            }
        } catch (JacksonException notJson) {
            fields.put("", JSON.getNodeFactory().stringNode(json));
        }
        return fields;
    }

    private static String value(@Nullable JsonNode node, Locale locale) {
        if (node == null || node.isNull()) {
            return "—";
        }
        String text = node.isString() ? node.asString() : node.toString();
        if (node.isString() && text.length() >= 20 && Character.isDigit(text.charAt(0)) && text.charAt(10) == 'T') {
            try {
                return Moments.dateTime(OffsetDateTime.parse(text), locale);
            } catch (DateTimeParseException notAMoment) {
                // an ordinary text
            }
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > LONGEST ? oneLine.substring(0, LONGEST) + "…" : oneLine;
    }
}

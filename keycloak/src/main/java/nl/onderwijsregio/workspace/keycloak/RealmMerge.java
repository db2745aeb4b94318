package nl.onderwijsregio.workspace.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Deep-merges a realm overlay over a base realm representation (lists of named objects merge by name). */
public final class RealmMerge {

    /**
     * Keys that identify an object inside a list, in order of preference: clients by {@code clientId},
     * users by {@code username}, scope mappings by {@code client}, groups, roles and mappers by {@code name}.
     */
    static final List<String> IDENTITY_KEYS = List.of("clientId", "username", "client", "name", "alias");

    private RealmMerge() {}

    /**
     * Returns a new realm: {@code base} with {@code overlay} merged over it. Objects merge recursively;
     * lists of objects merge element-wise by identity key (unknown elements are appended); scalars and
     * lists of scalars from the overlay replace the base value. Top-level keys starting with {@code _}
     * (comments) are dropped.
     */
    public static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
        ObjectNode result = base.deepCopy();
        mergeInto(result, overlay);
        List<String> comments =
                result.propertyNames().stream().filter(k -> k.startsWith("_")).toList();
        comments.forEach(result::remove);
        return result;
    }

    private static void mergeInto(ObjectNode target, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> entry : overlay.properties()) {
            JsonNode existing = target.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                mergeInto(existingObject, valueObject);
            } else if (existing instanceof ArrayNode existingArray
                    && value instanceof ArrayNode valueArray
                    && isListOfObjects(existingArray)
                    && isListOfObjects(valueArray)
                    && !valueArray.isEmpty()) {
                mergeList(existingArray, valueArray);
            } else {
                target.set(entry.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode target, ArrayNode overlay) {
        for (JsonNode element : overlay) {
            Optional<ObjectNode> match = identity(element).flatMap(id -> find(target, id));
            if (match.isPresent()) {
                mergeInto(match.get(), (ObjectNode) element);
            } else {
                target.add(element.deepCopy());
            }
        }
    }

    private static Optional<ObjectNode> find(ArrayNode list, String id) {
        for (JsonNode candidate : list) {
            if (identity(candidate).filter(id::equals).isPresent()) {
                return Optional.of((ObjectNode) candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> identity(JsonNode node) {
        for (String key : IDENTITY_KEYS) {
            JsonNode value = node.get(key);
            if (value != null && value.isString()) {
                return Optional.of(key + "=" + value.asString());
            }
        }
        return Optional.empty();
    }

    private static boolean isListOfObjects(ArrayNode array) {
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }
}

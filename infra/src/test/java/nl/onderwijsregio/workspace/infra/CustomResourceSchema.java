package nl.onderwijsregio.workspace.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The operators' schemas for the custom resources we use, as far as our manifests use them ({@code
 * custom-resources/schemas.yaml}): checks a resource's {@code spec} for unknown fields, wrong types, values outside an
 * enum and missing required fields, as the operators' admission would on the day of the install.
 */
final class CustomResourceSchema {

    private final Map<String, JsonNode> specs;

    private CustomResourceSchema(Map<String, JsonNode> specs) {
        this.specs = Map.copyOf(specs);
    }

    static CustomResourceSchema load() {
        try (InputStream in = CustomResourceSchema.class.getResourceAsStream("/custom-resources/schemas.yaml")) {
            JsonNode root = Manifests.YAML.readTree(in);
            Map<String, JsonNode> specs = new java.util.HashMap<>();
            root.properties().forEach(e -> specs.put(e.getKey(), e.getValue()));
            return new CustomResourceSchema(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of {@code spec} for a kind, if the excerpt knows it. */
    Optional<JsonNode> spec(String apiVersion, String kind) {
        return Optional.ofNullable(specs.get(apiVersion + " " + kind));
    }

    /** What is wrong with {@code spec} (empty when nothing is). */
    List<String> problems(String apiVersion, String kind, JsonNode spec) {
        JsonNode schema = spec(apiVersion, kind)
                .orElseThrow(
                        () -> new AssertionError(
                                "no schema for " + apiVersion + " " + kind
                                        + " in custom-resources/schemas.yaml: add the fields the manifest uses from the operator's CRD"));
        List<String> problems = new ArrayList<>();
        check(schema, spec, "spec", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        String type = schema.path("type").asString("");
        switch (type) {
            case "any" -> {}
            case "int-or-string" -> {
                if (!value.isIntegralNumber() && !value.isString()) {
                    problems.add(path + ": a number or a string expected, not " + value);
                }
            }
            case "object" -> object(schema, value, path, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": a list expected, not " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isString()) {
                    problems.add(path + ": a string expected, not " + value);
                } else if (schema.has("enum") && !contains(schema.get("enum"), value.asString())) {
                    problems.add(path + ": '" + value.asString() + "' is not one of " + schema.get("enum"));
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": a whole number expected, not " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": true or false expected, not " + value);
                }
            }
            default -> problems.add(path + ": the schema excerpt has no type here (" + type + ")");
        }
    }

    private static void object(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": an object expected, not " + value);
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                problems.add(path + ": the required field " + required.asString() + " is missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        value.properties().forEach(field -> {
            String where = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), where, problems);
            } else if (additional.isObject()) {
                check(additional, field.getValue(), where, problems);
            } else if (!additional.asBoolean(false)) {
                problems.add(where + ": not a field of the operator's schema (a typo, a misplaced field, or one the"
                        + " excerpt does not list yet)");
            }
        });
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (item.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}

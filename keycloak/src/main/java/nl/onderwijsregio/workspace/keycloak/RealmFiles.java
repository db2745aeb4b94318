package nl.onderwijsregio.workspace.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Loads the realm files from the classpath and builds the merged local-demo realm. */
public final class RealmFiles {

    /** The realm name, also the path segment in the issuer URI. */
    public static final String REALM = "onderwijsregio";
    /** Production-safe base realm: roles, groups, the {@code workspace} client and its mappers; no users, no secrets. */
    public static final String BASE_REALM = "keycloak/realm/onderwijsregio-realm.json";
    /** LOCAL DEMO ONLY: client secret, localhost redirect URIs, the {@code workspace-cli} client, demo users. */
    public static final String DEMO_OVERLAY = "keycloak/realm/onderwijsregio-demo-overlay.json";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RealmFiles() {}

    /** The base realm as shipped for production import. */
    public static ObjectNode baseRealm() {
        return read(BASE_REALM);
    }

    /** The demo overlay on its own (not a complete realm). */
    public static ObjectNode demoOverlay() {
        return read(DEMO_OVERLAY);
    }

    /** Base realm with the demo overlay merged over it: what the dev server imports. */
    public static ObjectNode demoRealm() {
        return RealmMerge.merge(baseRealm(), demoOverlay());
    }

    /**
     * Lets the app at {@code url} sign in and out through the realm's {@code workspace} client besides the apps the
     * realm names: its login callback, its origin and its page after logout (a test's app on a free port).
     */
    public static void allowApp(ObjectNode realm, String url) {
        for (JsonNode client : realm.path("clients")) {
            if (client instanceof ObjectNode workspace
                    && "workspace".equals(client.path("clientId").asString())) {
                workspace.withArray("redirectUris").add(url + "/login/oauth2/code/keycloak");
                workspace.withArray("webOrigins").add(url);
                ObjectNode attributes = workspace.withObject("attributes");
                String logout = attributes.path("post.logout.redirect.uris").asString("");
                attributes.put("post.logout.redirect.uris", (logout.isEmpty() ? "" : logout + "##") + url + "/");
            }
        }
    }

    /** Pretty-printed JSON of a realm representation. */
    public static String toJson(JsonNode realm) {
        return MAPPER.writeValueAsString(realm);
    }

    /** Parses JSON (e.g. a token payload or an HTTP response). */
    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    static ObjectNode read(String resource) {
        try (InputStream in = RealmFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource not found: " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

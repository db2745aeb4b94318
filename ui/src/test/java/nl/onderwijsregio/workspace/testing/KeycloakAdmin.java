package nl.onderwijsregio.workspace.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.onderwijsregio.workspace.keycloak.RealmFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak's admin REST API on a Keycloak of the tests' own (bootstrap admin of the dev server). The master realm's
 * tokens last a minute: a call answered 401 signs in again and is made once more, so one instance serves a whole test.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String realm;
    private final String username;
    private final String password;
    private volatile String token;

    private KeycloakAdmin(String baseUrl, String realm, String username, String password) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.username = username;
        this.password = password;
        this.token = signIn(baseUrl, username, password);
    }

    /** Signs in as the bootstrap admin ({@code admin}/{@code admin} on the tests' dev server). */
    public static KeycloakAdmin of(String baseUrl, String realm, String username, String password) {
        return new KeycloakAdmin(baseUrl, realm, username, password);
    }

    private static String signIn(String baseUrl, String username, String password) {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        require(response, 200);
        return RealmFiles.parse(response.body()).path("access_token").asString();
    }

    /** The tests' own Keycloak (demo realm). */
    public static KeycloakAdmin ofTestKeycloak() {
        return of(RealKeycloak.server().baseUrl(), RealmFiles.REALM, "admin", "admin");
    }

    /** Sets one attribute of client {@code clientId}. */
    public void setClientAttribute(String clientId, String name, String value) {
        JsonNode client = get("/clients?clientId=" + clientId).get(0);
        ((ObjectNode) client).withObject("attributes").put(name, value);
        require(
                call(request("/clients/" + client.path("id").asString())
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(client.toString()))
                        .build()),
                204);
    }

    /** Ends every Keycloak session of {@code username}, as an administrator does in the admin console. */
    public void logOut(String username) {
        String id = get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .get(0)
                .path("id")
                .asString();
        require(
                call(request("/users/" + id + "/logout")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                204);
    }

    /** The ids of {@code username}'s Keycloak login sessions now (each the {@code sid} of its tokens). */
    public java.util.Set<String> sessionIds(String username) {
        String id = get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .get(0)
                .path("id")
                .asString();
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (JsonNode session : get("/users/" + id + "/sessions")) {
            ids.add(session.path("id").asString());
        }
        return ids;
    }

    /** Creates a user (realm roles and groups by name) with a password; returns its id. */
    public String createUser(String username, String password, String role, String group) {
        ObjectNode user = (ObjectNode) RealmFiles.parse("{}");
        user.put("username", username)
                .put("enabled", true)
                .put("email", username + "@example.nl")
                .put("emailVerified", true)
                .put("firstName", "Proef")
                .put("lastName", username);
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        if (group != null) {
            user.putArray("groups").add(group);
        }
        require(
                call(request("/users")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(user.toString()))
                        .build()),
                201);
        String id =
                get("/users?exact=true&username=" + username).get(0).path("id").asString();
        JsonNode roleRepresentation = get("/roles/" + role);
        require(
                call(request("/users/" + id + "/role-mappings/realm")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + roleRepresentation + "]"))
                        .build()),
                204);
        return id;
    }

    /** A region's group under {@code regio's}, with the {@code region} attribute the claims read. */
    public void createRegionGroup(String region) {
        String parent = null;
        for (JsonNode group :
                get("/groups?exact=true&search=" + URLEncoder.encode("regio's", StandardCharsets.UTF_8))) {
            if (group.path("name").asString().equals("regio's")) {
                parent = group.path("id").asString();
            }
        }
        if (parent == null) {
            throw new IllegalStateException("The realm has no group regio's");
        }
        ObjectNode group = (ObjectNode) RealmFiles.parse("{}");
        group.put("name", region);
        group.putObject("attributes").putArray("region").add(region);
        require(
                call(request("/groups/" + parent + "/children")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(group.toString()))
                        .build()),
                201);
    }

    /**
     * A public client with the password grant (for scripts and tests only) whose tokens carry the same claims and
     * audience as {@code template}'s: its protocol mappers and client scopes are copied.
     */
    public void createPasswordClientLike(String clientId, String template) {
        JsonNode source = get("/clients?clientId=" + template).get(0);
        ObjectNode client = (ObjectNode) RealmFiles.parse("{}");
        client.put("clientId", clientId)
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true)
                // all realm roles in its tokens (the workspace client gets them through its scope mappings)
                .put("fullScopeAllowed", true);
        var mappers = client.putArray("protocolMappers");
        for (JsonNode mapper : source.path("protocolMappers")) {
            ObjectNode copy = (ObjectNode) mapper.deepCopy();
            copy.remove("id");
            mappers.add(copy);
        }
        client.set("defaultClientScopes", source.path("defaultClientScopes").deepCopy());
        client.set("optionalClientScopes", source.path("optionalClientScopes").deepCopy());
        require(
                call(request("/clients")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(client.toString()))
                        .build()),
                201);
    }

    /** Points the realm's SMTP server at {@code port} on this machine (a closed one: its mails then fail). */
    public void setSmtpPort(int port) {
        ObjectNode smtp = (ObjectNode) get("").path("smtpServer").deepCopy();
        smtp.put("port", String.valueOf(port));
        ObjectNode change = (ObjectNode) RealmFiles.parse("{}");
        change.set("smtpServer", smtp);
        require(
                call(request("")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(change.toString()))
                        .build()),
                204);
    }

    /** The accounts with exactly this e-mail address (as the realm's administrator sees them: all of them). */
    public JsonNode usersByEmail(String email) {
        return get(
                "/users?exact=true&briefRepresentation=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    public JsonNode get(String path) {
        HttpResponse<String> response = call(request(path).GET().build());
        require(response, 200);
        return RealmFiles.parse(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + token);
    }

    /** An admin call; after a 401 (the admin token expired) once more with a new token. */
    private HttpResponse<String> call(HttpRequest request) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 401) {
            return response;
        }
        token = signIn(baseUrl, username, password);
        return send(HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", "Bearer " + token)
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}

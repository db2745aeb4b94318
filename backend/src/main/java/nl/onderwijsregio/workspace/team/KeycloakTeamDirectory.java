package nl.onderwijsregio.workspace.team;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The team in Keycloak, through the Admin REST API as the service account of the client {@code workspace-team}:
 * fine-grained admin permissions (v2) of the base realm let it see and manage the members of groups, put people in
 * and out of groups, map the roles {@code regio-lead} and {@code regio-member} (no other role) and nothing else — no
 * clients, no realm settings, no admin password in the app.
 */
@Component
@EnableConfigurationProperties(TeamSettings.class)
class KeycloakTeamDirectory implements TeamDirectory {

    static final String REGIONS_GROUP = "regio's";
    /** Top-level group of people who worked for a region and no longer do: still in the team client's sight. */
    static final String FORMER_GROUP = "voormalige-leden";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(KeycloakTeamDirectory.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TeamSettings settings;
    private final ServiceAccountToken token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, String> groupIds = new ConcurrentHashMap<>();
    private final Map<TeamRole, String> roleIds = new ConcurrentHashMap<>();

    KeycloakTeamDirectory(TeamSettings settings) {
        this.settings = settings;
        this.token = new ServiceAccountToken(settings, http);
    }

    @Override
    public List<DirectoryPerson> members(String regionId) {
        JsonNode users =
                withFreshIds(() -> get("/groups/" + groupId(regionId) + "/members?max=1000&briefRepresentation=true"));
        List<DirectoryPerson> people = new ArrayList<>();
        for (JsonNode user : users) {
            people.add(person(user));
        }
        return people;
    }

    @Override
    public Optional<DirectoryPerson> findByEmail(String email) {
        JsonNode users = get("/users?exact=true&briefRepresentation=true&email=" + encode(email));
        for (JsonNode user : users) {
            if (email.equalsIgnoreCase(text(user, "email"))) {
                return Optional.of(person(user));
            }
        }
        return Optional.empty();
    }

    @Override
    public DirectoryPerson create(String regionId, String email, String firstName, String lastName) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", email.toLowerCase(java.util.Locale.ROOT));
        user.put("email", email);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("enabled", true);
        user.put("emailVerified", false);
        user.putArray("groups").add("/" + REGIONS_GROUP + "/" + regionId);
        HttpResponse<String> response = send("POST", "/users", user.toString());
        if (response.statusCode() == 409) {
            throw new AccountExists();
        }
        check(response, "create the account");
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        return person(get("/users/" + id));
    }

    @Override
    public void addToRegion(String personId, String regionId) {
        withFreshIds(() ->
                check(send("PUT", "/users/" + personId + "/groups/" + groupId(regionId), null), "add to the region"));
        formerGroupId().ifPresent(former -> {
            HttpResponse<String> left = send("DELETE", "/users/" + personId + "/groups/" + former, null);
            if (left.statusCode() >= 300 && left.statusCode() != 404) {
                LOG.warn("Keycloak kept {} in {} (HTTP {})", personId, FORMER_GROUP, left.statusCode());
            }
        });
    }

    @Override
    public void retire(String personId) {
        Optional<String> former = formerGroupId();
        if (former.isPresent()) {
            check(send("PUT", "/users/" + personId + "/groups/" + former.get(), null), "keep as a former member");
        } else {
            LOG.warn("Keycloak has no group {}: a removed person cannot be invited again", FORMER_GROUP);
        }
        check(
                send(
                        "DELETE",
                        "/users/" + personId + "/role-mappings/realm",
                        JSON.createArrayNode()
                                .add(roleRep(TeamRole.LEAD))
                                .add(roleRep(TeamRole.MEMBER))
                                .toString()),
                "unmap the region roles");
    }

    @Override
    public void delete(String personId) {
        check(send("DELETE", "/users/" + personId, null), "delete the account");
    }

    @Override
    public void removeFromRegion(String personId, String regionId) {
        withFreshIds(() -> check(
                send("DELETE", "/users/" + personId + "/groups/" + groupId(regionId), null), "remove from the region"));
    }

    @Override
    public void setRole(String personId, TeamRole role) {
        String path = "/users/" + personId + "/role-mappings/realm";
        check(send("POST", path, JSON.createArrayNode().add(roleRep(role)).toString()), "map the role");
        check(
                send(
                        "DELETE",
                        path,
                        JSON.createArrayNode().add(roleRep(role.other())).toString()),
                "unmap the role");
    }

    @Override
    public void sendInvitation(String personId) {
        check(
                send(
                        "PUT",
                        "/users/" + personId + "/execute-actions-email?lifespan=259200",
                        "[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]"),
                "send the invitation");
    }

    private DirectoryPerson person(JsonNode user) {
        String id = text(user, "id");
        String username = text(user, "username");
        String name = (nonNull(text(user, "firstName")) + " " + nonNull(text(user, "lastName"))).trim();
        Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
        for (JsonNode role : get("/users/" + id + "/role-mappings/realm")) {
            for (TeamRole candidate : TeamRole.values()) {
                if (candidate.role().claim().equals(text(role, "name"))) {
                    roles.add(candidate);
                    roleIds.putIfAbsent(candidate, nonNull(text(role, "id")));
                }
            }
        }
        Set<String> regions = new HashSet<>();
        for (JsonNode group : get("/users/" + id + "/groups?briefRepresentation=true")) {
            String path = nonNull(text(group, "path"));
            if (path.startsWith("/" + REGIONS_GROUP + "/")) {
                regions.add(path.substring(REGIONS_GROUP.length() + 2));
            }
        }
        return new DirectoryPerson(
                id,
                username == null ? id : username,
                name.isEmpty() ? nonNull(username) : name,
                text(user, "email"),
                roles,
                regions);
    }

    private String groupId(String regionId) {
        return groupIds.computeIfAbsent(regionId, region -> {
            JsonNode found = get("/groups?exact=true&briefRepresentation=true&search=" + encode(region));
            for (JsonNode top : found) {
                if (REGIONS_GROUP.equals(text(top, "name"))) {
                    for (JsonNode sub : top.path("subGroups")) {
                        if (region.equals(text(sub, "name"))) {
                            return text(sub, "id");
                        }
                    }
                }
            }
            LOG.warn("Keycloak has no group {}/{} (or the team client may not see it)", REGIONS_GROUP, region);
            throw new TeamRuleException("team.error.no-group");
        });
    }

    /** The former members' group, if the realm has it (looked up once). */
    private Optional<String> formerGroupId() {
        String id = groupIds.computeIfAbsent("/" + FORMER_GROUP, key -> {
            for (JsonNode top : get("/groups?exact=true&briefRepresentation=true&search=" + encode(FORMER_GROUP))) {
                if (FORMER_GROUP.equals(text(top, "name"))) {
                    return nonNull(text(top, "id"));
                }
            }
            return "";
        });
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /**
     * The role as the mapping endpoints want it (id and name). The service account may map the role but not read the
     * role list: the id is the one seen in a member's mappings, else the one the base realm gives the role.
     */
    private JsonNode roleRep(TeamRole role) {
        ObjectNode rep = JSON.createObjectNode();
        rep.put(
                "id",
                roleIds.getOrDefault(role, role == TeamRole.LEAD ? settings.leadRoleId() : settings.memberRoleId()));
        rep.put("name", role.role().claim());
        return rep;
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send("GET", path, null);
        check(response, "read the team");
        return JSON.readTree(response.body());
    }

    /**
     * One call of the Admin REST API. A 401 means Keycloak no longer accepts the kept token (it restarted, or revoked
     * it): the call is made once more with a new token.
     */
    private HttpResponse<String> send(String method, String path, @Nullable String body) {
        String bearer = token.get();
        HttpResponse<String> response = send(method, path, body, bearer);
        if (response.statusCode() == 401) {
            LOG.info("Keycloak no longer accepts the team client's token: asking for a new one");
            token.forget(bearer);
            response = send(method, path, body, token.get());
        }
        return response;
    }

    private HttpResponse<String> send(String method, String path, @Nullable String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.adminBase() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static boolean check(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return true;
        }
        LOG.warn("Keycloak refused to {} (HTTP {}): {}", what, status, response.body());
        if (status == 404) {
            throw new NotFound();
        }
        throw new TeamRuleException(status == 403 ? "team.error.forbidden" : "team.error.keycloak");
    }

    /**
     * Runs {@code call} again with the group and role ids looked up anew when Keycloak no longer knows one of them
     * (its realm was imported again, e.g. after a restart of a development Keycloak: new ids for the same names).
     */
    private <T> T withFreshIds(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFound stale) {
            groupIds.clear();
            roleIds.clear();
            return call.get();
        }
    }

    /** Keycloak answered 404: an id this directory holds may be stale. */
    private static final class NotFound extends TeamRuleException {
        NotFound() {
            super("team.error.keycloak");
        }
    }

    static TeamRuleException unavailable(Exception cause) {
        TeamRuleException e = new TeamRuleException("team.error.unavailable");
        e.initCause(cause);
        return e;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

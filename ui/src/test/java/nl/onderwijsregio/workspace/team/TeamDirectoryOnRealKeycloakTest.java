package nl.onderwijsregio.workspace.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.workspace.keycloak.KeycloakDevServer;
import nl.onderwijsregio.workspace.keycloak.KeycloakDistribution;
import nl.onderwijsregio.workspace.keycloak.RealmFiles;
import nl.onderwijsregio.workspace.testing.KeycloakAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Keycloak directory of the team as the least-privilege client {@code workspace-team} sees it, on a Keycloak of
 * this test's own (free port, own home; no app, so no fixed port): a person taken out of their last region keeps no
 * region role and stays findable in {@code voormalige-leden} to be added again; an account whose invitation mail
 * cannot be sent (SMTP on a closed port) can be deleted again by the client.
 */
class TeamDirectoryOnRealKeycloakTest {

    private static KeycloakDevServer keycloak;
    private static KeycloakTeamDirectory directory;
    private static KeycloakAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        Path home = KeycloakDistribution.privateHome(
                KeycloakDistribution.defaultHome(),
                Path.of("target", "keycloak-team-directory").toAbsolutePath());
        keycloak = KeycloakDevServer.startOwn(KeycloakDevServer.Options.defaults()
                .withPort(KeycloakDevServer.freePort())
                .withHome(home)
                .withSmtpPort(KeycloakDevServer.freePort()) // nothing listens there: every mail fails
                .withStartTimeout(Duration.ofMinutes(10)));
        directory = new KeycloakTeamDirectory(new TeamSettings(
                keycloak.issuerUri(),
                0,
                "workspace-team",
                TeamSettings.DEMO_SECRET,
                TeamSettings.LEAD_ROLE_ID,
                TeamSettings.MEMBER_ROLE_ID));
        admin = KeycloakAdmin.of(keycloak.baseUrl(), RealmFiles.REALM, "admin", "admin");
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void a_person_out_of_their_last_region_has_no_region_role_and_is_found_again_to_be_added() {
        String email = "terug." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DirectoryPerson created = directory.create("noordkust", email, "Proef", "Terug");
        directory.setRole(created.id(), TeamRole.MEMBER);

        directory.retire(created.id());
        directory.removeFromRegion(created.id(), "noordkust");
        assertThat(roles(created.id())).doesNotContain("regio-member", "regio-lead");
        assertThat(groups(created.id())).containsExactly("/voormalige-leden");
        DirectoryPerson found = directory.findByEmail(email).orElseThrow();
        assertThat(found.id()).isEqualTo(created.id());
        assertThat(found.regions()).isEmpty();
        assertThat(found.roles()).isEmpty();

        directory.addToRegion(found.id(), "veenland");
        directory.setRole(found.id(), TeamRole.LEAD);
        assertThat(groups(created.id())).containsExactly("/regio's/veenland");
        assertThat(roles(created.id())).contains("regio-lead").doesNotContain("regio-member");
    }

    @Test
    void an_account_whose_invitation_mail_fails_is_deleted_again() {
        String email = "geen-mail." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DirectoryPerson created = directory.create("noordkust", email, "Geen", "Mail");
        assertThatThrownBy(() -> directory.sendInvitation(created.id())).isInstanceOf(TeamRuleException.class);
        directory.delete(created.id());
        assertThat(admin.usersByEmail(email)).isEmpty();
        assertThat(directory.findByEmail(email)).isEmpty();
    }

    @Test
    void a_second_account_for_the_same_address_is_refused_as_existing() {
        String email = "dubbel." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        directory.create("noordkust", email, "Een", "Keer");
        assertThatThrownBy(() -> directory.create("noordkust", email, "Twee", "Keer"))
                .isInstanceOf(AccountExists.class);
        assertThat(admin.usersByEmail(email)).hasSize(1);
    }

    private static List<String> roles(String id) {
        return admin.get("/users/" + id + "/role-mappings/realm").findValuesAsString("name");
    }

    private static List<String> groups(String id) {
        List<String> paths = new ArrayList<>();
        for (JsonNode group : admin.get("/users/" + id + "/groups")) {
            paths.add(group.path("path").asString());
        }
        return paths;
    }
}

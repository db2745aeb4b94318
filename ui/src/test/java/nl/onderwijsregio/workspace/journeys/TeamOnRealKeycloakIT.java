package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.onderwijsregio.workspace.keycloak.KeycloakDevServer;
import nl.onderwijsregio.workspace.team.TeamMember;
import nl.onderwijsregio.workspace.team.TeamRole;
import nl.onderwijsregio.workspace.team.TeamRuleException;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.KeycloakAdmin;
import nl.onderwijsregio.workspace.testing.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The team service against the real Keycloak and its least-privilege client {@code workspace-team}: a removed person
 * loses the region role and can be invited again (the same account); a failed invitation mail leaves no account and
 * no member; many invitations at once make one account per address and answer "invited" or "already a member".
 */
class TeamOnRealKeycloakIT extends FullStackTest {

    private static final String REGION = "noordkust";
    private static final AsUser LEAD = AsUser.lead(REGION);

    @Autowired
    TeamService team;

    @Test
    void a_removed_person_loses_the_region_role_and_is_invited_again_into_the_same_account() {
        KeycloakAdmin admin = KeycloakAdmin.ofTestKeycloak();
        String email = "terug." + tag() + "@example.org";
        invite(email);
        String id = admin.usersByEmail(email).get(0).path("id").asString();
        assertThat(roles(admin, id)).contains("regio-member");

        LEAD.run(REGION, () -> team.remove(null, email));
        assertThat(roles(admin, id)).as("no region left: no region role").doesNotContain("regio-member", "regio-lead");
        assertThat(groups(admin, id)).containsExactly("/voormalige-leden");

        TeamMember back = invite(email);
        assertThat(back.current()).isTrue();
        assertThat(admin.usersByEmail(email)).hasSize(1);
        assertThat(admin.usersByEmail(email).get(0).path("id").asString())
                .as("the same account")
                .isEqualTo(id);
        assertThat(roles(admin, id)).contains("regio-member");
        assertThat(groups(admin, id)).containsExactly("/regio's/" + REGION);
        assertThat(LEAD.call(REGION, () -> team.team(null)))
                .filteredOn(m -> m.username().equals(email))
                .singleElement()
                .satisfies(m -> assertThat(m.current()).isTrue());
    }

    @Test
    void when_keycloak_cannot_send_the_invitation_the_new_account_is_removed_and_the_lead_is_told() {
        KeycloakAdmin admin = KeycloakAdmin.ofTestKeycloak();
        String email = "geen-mail." + tag() + "@example.org";
        admin.setSmtpPort(KeycloakDevServer.freePort()); // nothing listens there
        try {
            assertThatThrownBy(() -> invite(email))
                    .isInstanceOf(TeamRuleException.class)
                    .extracting(e -> ((TeamRuleException) e).key())
                    .isEqualTo("team.error.invitation-mail");
        } finally {
            admin.setSmtpPort(RealKeycloak.smtpPort());
        }
        assertThat(admin.usersByEmail(email))
                .as("the account made for the invitation")
                .isEmpty();
        assertThat(LEAD.call(REGION, () -> team.team(null)))
                .extracting(TeamMember::username)
                .doesNotContain(email);
        // and with the mail server back, the same invitation works
        assertThat(invite(email).current()).isTrue();
        assertThat(admin.usersByEmail(email)).hasSize(1);
    }

    @Test
    void many_invitations_at_once_make_one_account_per_address_and_never_fail_unexplained() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.ofTestKeycloak();
        String tag = tag();
        String same = "tegelijk." + tag + "@example.org";
        int each = 5;
        CyclicBarrier together = new CyclicBarrier(each * 2);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < each * 2; i++) {
            String email = i < each ? same : "ieder" + i + "." + tag + "@example.org";
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                    invite(email);
                    return "invited";
                } catch (TeamRuleException e) {
                    return e.key();
                } catch (Exception e) {
                    return e.toString();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (CompletableFuture<String> answer : answers) {
            results.add(answer.get());
        }
        assertThat(results.subList(0, each)).containsOnly("invited", "team.error.already");
        assertThat(results.subList(0, each)).filteredOn("invited"::equals).hasSize(1);
        assertThat(results.subList(each, each * 2)).containsOnly("invited");
        assertThat(admin.usersByEmail(same)).hasSize(1);
        for (int i = each; i < each * 2; i++) {
            assertThat(admin.usersByEmail("ieder" + i + "." + tag + "@example.org"))
                    .hasSize(1);
        }
        assertThat(LEAD.call(REGION, () -> team.team(null)))
                .extracting(TeamMember::username)
                .filteredOn(same::equals)
                .hasSize(1);
    }

    private TeamMember invite(String email) {
        return LEAD.call(
                REGION,
                () -> team.invite(null, new TeamService.Invitation(email, "Proef", "Collega", TeamRole.MEMBER)));
    }

    private static List<String> roles(KeycloakAdmin admin, String id) {
        return admin.get("/users/" + id + "/role-mappings/realm").findValuesAsString("name");
    }

    private static List<String> groups(KeycloakAdmin admin, String id) {
        List<String> paths = new ArrayList<>();
        for (JsonNode group : admin.get("/users/" + id + "/groups")) {
            paths.add(group.path("path").asString());
        }
        return paths;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }
}

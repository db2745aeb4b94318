package nl.onderwijsregio.workspace.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The demo realm's secret of the team client is used for the local demo Keycloak only, never for an external one. */
class TeamSettingsTest {

    private static TeamSettings settings(String issuer, String secret) {
        return new TeamSettings(
                issuer, 8180, "workspace-team", secret, TeamSettings.LEAD_ROLE_ID, TeamSettings.MEMBER_ROLE_ID);
    }

    @Test
    void the_local_demo_keycloak_gets_the_demo_secret() {
        assertThat(settings("", "").secret()).isEqualTo(TeamSettings.DEMO_SECRET);
        assertThat(settings("", "").tokenEndpoint())
                .isEqualTo("http://localhost:8180/realms/onderwijsregio/protocol/openid-connect/token");
    }

    @Test
    void an_external_keycloak_without_the_secret_is_refused_instead_of_given_the_demo_secret() {
        assertThatThrownBy(() -> settings("https://login.example.nl/realms/onderwijsregio", " ")
                        .secret())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEYCLOAK_TEAM_CLIENT_SECRET");
        assertThat(settings("https://login.example.nl/realms/onderwijsregio/", "uit-de-omgeving")
                        .secret())
                .isEqualTo("uit-de-omgeving");
        assertThat(settings("https://login.example.nl/realms/onderwijsregio/", "x")
                        .adminBase())
                .isEqualTo("https://login.example.nl/admin/realms/onderwijsregio");
    }
}

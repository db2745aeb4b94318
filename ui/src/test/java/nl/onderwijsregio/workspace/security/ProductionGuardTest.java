package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderwijsregio.workspace.database.DatabaseMode;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production mode refuses the laptop conveniences, each with its own Dutch reason; without it nothing changes. */
class ProductionGuardTest {

    @Test
    void without_production_mode_the_embedded_defaults_are_fine() {
        assertThat(ProductionGuard.problems(new MockEnvironment(), DatabaseMode.EMBEDDED))
                .isEmpty();
        new ProductionGuard(new MockEnvironment(), DatabaseMode.EMBEDDED);
    }

    @Test
    void production_mode_names_every_missing_setting() {
        MockEnvironment laptop = new MockEnvironment()
                .withProperty("workspace.production", "true")
                .withProperty("workspace.demo-data", "always");
        assertThatThrownBy(() -> new ProductionGuard(laptop, DatabaseMode.EMBEDDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("KEYCLOAK_ISSUER_URI")
                .hasMessageContaining("KEYCLOAK_TEAM_CLIENT_SECRET")
                .hasMessageContaining("WORKSPACE_DEMO_DATA=always")
                .hasMessageContaining("WORKSPACE_SECURE_COOKIES")
                .hasMessageContaining("WORKSPACE_PUBLIC_URL");
    }

    @Test
    void production_mode_starts_with_external_services_and_secure_cookies() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("workspace.production", "true")
                .withProperty("workspace.security.issuer-uri", "https://login.example.nl/realms/onderwijsregio")
                .withProperty("workspace.team.client-secret", "uit-de-omgeving")
                .withProperty("server.servlet.session.cookie.secure", "true")
                .withProperty("workspace.public-url", "https://werkruimte.example.nl");
        assertThat(ProductionGuard.problems(production, DatabaseMode.EXTERNAL)).isEmpty();
        assertThat(ProductionGuard.problems(
                        new MockEnvironment()
                                .withProperty("workspace.production", "true")
                                .withProperty("workspace.security.issuer-uri", "https://login.example.nl/realms/x")
                                .withProperty("workspace.team.client-secret", "uit-de-omgeving")
                                .withProperty("server.servlet.session.cookie.secure", "true")
                                .withProperty("workspace.public-url", "http://werkruimte.example.nl"),
                        DatabaseMode.EXTERNAL))
                .singleElement()
                .asString()
                .contains("WORKSPACE_PUBLIC_URL");
        assertThat(ProductionGuard.problems(
                        production.withProperty("server.servlet.session.cookie.secure", "false"),
                        DatabaseMode.EXTERNAL))
                .singleElement()
                .asString()
                .contains("WORKSPACE_SECURE_COOKIES");
    }

    @Test
    void production_mode_refuses_to_fall_back_to_the_demo_secret_of_the_team_client() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("workspace.production", "true")
                .withProperty("workspace.security.issuer-uri", "https://login.example.nl/realms/onderwijsregio")
                .withProperty("server.servlet.session.cookie.secure", "true")
                .withProperty("workspace.public-url", "https://werkruimte.example.nl");
        assertThat(ProductionGuard.problems(production, DatabaseMode.EXTERNAL))
                .singleElement()
                .asString()
                .contains("KEYCLOAK_TEAM_CLIENT_SECRET");
        assertThat(ProductionGuard.problems(
                        production.withProperty("workspace.team.client-secret", " "), DatabaseMode.EXTERNAL))
                .singleElement()
                .asString()
                .contains("KEYCLOAK_TEAM_CLIENT_SECRET");
    }

    @org.junit.jupiter.api.Test
    void plain_http_is_accepted_on_the_machine_itself_only() {
        org.assertj.core.api.Assertions.assertThat(ProductionGuard.trustworthy("https://werkruimte.example.nl"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(ProductionGuard.trustworthy("http://localhost:18080"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(ProductionGuard.trustworthy("http://127.0.0.1"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(ProductionGuard.trustworthy("http://werkruimte.example.nl"))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(ProductionGuard.trustworthy("http://localhost.example.nl"))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(ProductionGuard.trustworthy(""))
                .isFalse();
    }
}

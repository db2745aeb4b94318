package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** A token that cannot be checked because Keycloak is unreachable is a Dutch 503, never a 500. */
class LoginServiceUnavailableFilterTest {

    private final LoginServiceUnavailableFilter filter = new LoginServiceUnavailableFilter(new ProblemResponses());

    @Test
    void an_unreachable_key_set_is_a_503_problem_detail_with_retry_after() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AuthenticationServiceException(
                    "An error occurred while attempting to decode the Jwt: I/O error on GET request: Read timed out");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("De inlogdienst is even niet bereikbaar")
                .doesNotContain("Jwt", "Read timed out");
    }

    @Test
    void in_english_when_the_client_prefers_it() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AuthenticationServiceException("down");
        });

        assertThat(response.getContentAsString()).contains("The login service cannot be reached for a moment");
    }

    @Test
    void other_failures_pass_through_unchanged() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), response, (req, res) -> {
                    throw new InvalidBearerTokenException("bad token");
                }))
                .isInstanceOf(InvalidBearerTokenException.class);
    }
}

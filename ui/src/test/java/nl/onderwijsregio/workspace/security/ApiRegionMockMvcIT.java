package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.testing.MockMvcApiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's entry into a region: the region of the path, after one membership check, for the whole call and nothing
 * after it. Signed in with a JWT of the realm's shape; run by failsafe (a MockMvc security context would disturb
 * the browserless tests' security holder).
 */
class ApiRegionMockMvcIT extends MockMvcApiTest {

    private static final String FIRST = TestRegions.id("eerste");
    private static final String SECOND = TestRegions.id("tweede");
    private static final String ELSEWHERE = TestRegions.id("elders");
    private static final String WHAT = "Vacatures per bestuur (API, twee regio's)";

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, FIRST, SECOND, ELSEWHERE);
    }

    @Test
    void a_write_lands_in_the_region_of_its_path_and_nothing_stays_bound() throws Exception {
        MockHttpServletResponse created = mvc.perform(multi(post("/api/v1/regions/" + FIRST + "/register"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceText\":\"Eigen uitvraag\",\"what\":\"" + WHAT
                                + "\",\"holderKind\":\"BESTUUR\",\"holderName\":\"Veen\"}"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(ActiveRegion.current()).as("nothing bound after the call").isEmpty();

        assertThat(body(multi(get("/api/v1/regions/" + FIRST + "/register?size=200"))))
                .contains(WHAT);
        String other = body(multi(get("/api/v1/regions/" + SECOND + "/register?size=200")));
        assertThat(other).contains("\"items\"").doesNotContain(WHAT);
    }

    @Test
    void a_region_the_caller_is_no_member_of_is_refused_before_any_work() throws Exception {
        MockHttpServletResponse refused = mvc.perform(multi(get("/api/v1/regions/" + ELSEWHERE + "/register")))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("geen lid van de regio '" + ELSEWHERE + "'");
        assertThat(ActiveRegion.current()).isEmpty();
    }

    @Test
    void the_activity_log_answers_in_the_language_of_accept_language() throws Exception {
        MockHttpServletResponse created = mvc.perform(lead(post("/api/v1/regions/" + FIRST + "/register"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceText\":\"Eigen uitvraag\",\"what\":\"Weg te halen (activiteit)\","
                                + "\"holderKind\":\"BESTUUR\",\"holderName\":\"Veen\"}"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = created.getContentAsString().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        assertThat(mvc.perform(lead(delete("/api/v1/regions/" + FIRST + "/register/" + id)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);

        assertThat(body(lead(get("/api/v1/regions/" + FIRST + "/activity"))))
                .contains("Registratie verwijderd: Weg te halen (activiteit) (Veen)");
        assertThat(body(lead(get("/api/v1/regions/" + FIRST + "/activity").header("Accept-Language", "en"))))
                .contains("Register entry removed: Weg te halen (activiteit) (Veen)")
                .doesNotContain("Registratie verwijderd");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder lead(MockHttpServletRequestBuilder request) {
        return as("lead.api", Role.REGIO_LEAD, List.of(FIRST), request);
    }

    private static MockHttpServletRequestBuilder multi(MockHttpServletRequestBuilder request) {
        return as("multi.api", Role.REGIO_MEMBER, List.of(FIRST, SECOND), request);
    }
}

package nl.onderwijsregio.workspace.priorities.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.MockMvcApiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supporting findings in the priorities API, signed in with a JWT of the realm's shape (no Keycloak needed): the
 * draft takes {@code findingIds}, a priority returns {@code findingLinks} with id and title; another region's finding
 * is a 409 in Dutch. Run by failsafe: a MockMvc security context in the browserless tests' JVM would disturb
 * their security holder. On regions and findings of this test's own.
 */
class PrioritiesApiMockMvcIT extends MockMvcApiTest {

    static final String OWN = TestRegions.id("noordkust");
    static final String OTHER = TestRegions.id("veenland");
    static long ownFinding;
    static long foreignFinding;

    @BeforeAll
    static void fixture(@Autowired RegionAdministration administration, @Autowired FindingService findings) {
        TestRegions.create(administration, OWN, OTHER);
        ownFinding = AsUser.lead(OWN)
                .call(OWN, () -> findings.create(finding("Zij-instromers haken af (API)")))
                .id();
        foreignFinding = AsUser.lead(OTHER)
                .call(OTHER, () -> findings.create(finding("Van de buren (API)")))
                .id();
    }

    private static FindingDraft finding(String title) {
        return new FindingDraft(
                title,
                "Uit een gesprek.",
                Theme.AANTREKKEN,
                SubTheme.WERVEN,
                FindingKind.INTERVIEW,
                LocalDate.of(2026, 2, 1),
                null,
                Set.of(),
                List.of(),
                List.of(),
                true,
                Visibility.NEIGHBOURS);
    }

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_draft_takes_finding_ids_and_the_priority_returns_their_titles() throws Exception {
        String priorities = "/api/v1/regions/" + OWN + "/priorities";
        MockHttpServletResponse created = send(lead(OWN, post(priorities)), draft("Onderbouwd (API)", ownFinding));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode body = json.readTree(created.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("findingLinks").get(0).get("findingId").asLong()).isEqualTo(ownFinding);
        assertThat(body.get("findingLinks").get(0).get("title").asString()).isEqualTo("Zij-instromers haken af (API)");
        JsonNode listed = priority(list(OWN), "Onderbouwd (API)");
        assertThat(listed.get("findingLinks").get(0).get("title").asString())
                .isEqualTo("Zij-instromers haken af (API)");

        MockHttpServletResponse refused =
                send(lead(OWN, post(priorities)), draft("Van de buren (API)", foreignFinding));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Alleen bevindingen van je eigen regio");
    }

    private static String draft(String title, long findingId) {
        return "{\"title\":\"" + title + "\",\"subTheme\":\"BEGELEIDEN\",\"sectors\":[\"PO\"],\"startYear\":2026,"
                + "\"endYear\":2027,\"published\":false,\"findingIds\":[" + findingId + "]}";
    }

    private JsonNode list(String region) throws Exception {
        MockHttpServletResponse response = mvc.perform(lead(region, get("/api/v1/regions/" + region + "/priorities")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode priority(JsonNode list, String title) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(p -> p.get("title").asString().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn()
                .getResponse();
    }

    private static MockHttpServletRequestBuilder lead(String region, MockHttpServletRequestBuilder request) {
        return as("lead." + region, Role.REGIO_LEAD, List.of(region), request);
    }
}

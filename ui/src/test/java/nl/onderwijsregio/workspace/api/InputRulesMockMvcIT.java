package nl.onderwijsregio.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.MockMvcApiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's input rules (issue 15): control characters in JSON and query parameters, ISO dates in range, strict
 * binding, required fields, page bounds, unknown and foreign ids, the body limit — each a Dutch problem detail with
 * the right status, never a 5xx. On regions of this test's own, signed in with a JWT of the realm's shape.
 */
class InputRulesMockMvcIT extends MockMvcApiTest {

    static final String OWN = TestRegions.id("noordkust");
    static final String OTHER = TestRegions.id("veenland");

    @BeforeAll
    static void fixture(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN, OTHER);
    }

    private final JsonMapper json = JsonMapper.builder().build();

    static String register(String region) {
        return "/api/v1/regions/" + region + "/register";
    }

    static String entry(String what, String extra) {
        return "{\"what\":\"" + what
                + "\",\"sourceText\":\"Eigen bron\",\"holderKind\":\"VFPF\",\"holderName\":\"Vfpf\"" + extra + "}";
    }

    @Test
    void a_control_character_in_a_json_string_is_a_400_naming_the_field() throws Exception {
        JsonNode problem = problem(send(post(register(OWN)), entry("Verzuim\\u0000po", "")), 400);
        assertThat(problem.get("field").asString()).isEqualTo("what");
        assertThat(problem.get("detail").asString()).contains("'what'").contains("stuurteken");

        problem = problem(send(post(register(OWN)), entry("Verzuim", ",\"notes\":\"bel\\u0007\"")), 400);
        assertThat(problem.get("field").asString()).isEqualTo("notes");
        // line breaks and tabs are text
        assertThat(send(post(register(OWN)), entry("Twee\\nregels\\tmet tab (invoer)", ""))
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void a_control_character_in_a_query_parameter_is_a_400_naming_the_parameter() throws Exception {
        for (String path : List.of(
                "/api/v1/catalogue?q=%00",
                "/api/v1/catalogue?thema=a%01b",
                register(OWN) + "?status=%00",
                "/api/v1/regions/" + OWN + "/findings?q=x%1Fy")) {
            MockHttpServletResponse response =
                    mvc.perform(lead(OWN, get(URI.create(path)))).andReturn().getResponse();
            JsonNode problem = problem(response, 400);
            assertThat(problem.get("detail").asString()).as(path).contains("stuurteken");
            assertThat(problem.get("field").asString()).as(path).isIn("q", "thema", "status");
        }
    }

    @Test
    void dates_are_iso_strings_between_2000_and_2100() throws Exception {
        for (String date : List.of(
                "20261101", "-99999999", "\"1999-12-31\"", "\"2101-01-01\"", "\"2026-02-30\"", "\"1-11-2026\"")) {
            JsonNode problem = problem(
                    send(post(register(OWN)), entry("Datum " + date.replace("\"", ""), ",\"requestedOn\":" + date)),
                    400);
            assertThat(problem.path("field").asString(""))
                    .as(date + " " + problem)
                    .isEqualTo("requestedOn");
        }
        MockHttpServletResponse created =
                send(post(register(OWN)), entry("Datum goed (invoer)", ",\"requestedOn\":\"2026-11-01\""));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(json.readTree(created.getContentAsString(StandardCharsets.UTF_8))
                        .get("requestedOn")
                        .asString())
                .isEqualTo("2026-11-01");
    }

    /** The API has no date in a query; {@code from} of the feed names a region: an unknown or malformed one is 400. */
    @Test
    void the_feed_from_filter_takes_a_known_region_only() throws Exception {
        for (String from :
                List.of("bestaat-niet", "2026-11-01", "%C3%A9", "a%00", OTHER.toUpperCase(), "x".repeat(41))) {
            MockHttpServletResponse response = mvc.perform(
                            lead(OWN, get(URI.create("/api/v1/regions/" + OWN + "/feed?from=" + from))))
                    .andReturn()
                    .getResponse();
            JsonNode problem = problem(response, 400);
            assertThat(problem.get("detail").asString()).as(from).containsAnyOf("regio", "stuurteken");
        }
        MockHttpServletResponse known = mvc.perform(
                        lead(OWN, get(URI.create("/api/v1/regions/" + OWN + "/feed?from=" + OTHER))))
                .andReturn()
                .getResponse();
        assertThat(known.getStatus()).as(known.getContentAsString()).isEqualTo(200);
    }

    @Test
    void binding_is_strict_about_enum_ordinals_fractions_and_unknown_fields() throws Exception {
        JsonNode ordinal = problem(
                send(
                        post(register(OWN)),
                        "{\"what\":\"Ordinaal\",\"sourceText\":\"Eigen bron\",\"holderKind\":7,\"holderName\":\"Vfpf\"}"),
                400);
        assertThat(ordinal.get("field").asString()).isEqualTo("holderKind");

        JsonNode unknown = problem(send(post(register(OWN)), entry("Onbekend veld", ",\"colour\":\"rood\"")), 400);
        assertThat(unknown.get("field").asString()).isEqualTo("colour");
        assertThat(unknown.get("detail").asString()).contains("onbekend");

        JsonNode fraction = problem(
                send(
                        post("/api/v1/regions/" + OWN + "/priorities"),
                        "{\"title\":\"Breuk\",\"subTheme\":\"BEGELEIDEN\",\"sectors\":[\"PO\"],\"startYear\":2026.5,"
                                + "\"endYear\":2027,\"published\":false}"),
                400);
        assertThat(fraction.get("field").asString()).isEqualTo("startYear");

        // a yes/no is true or false, never a text: not "true", not "", not a blank and not a NUL (Jackson trims it
        // away)
        for (String published : new String[] {"\"true\"", "\"\"", "\"\\u0000\"", "\" \""}) {
            JsonNode text = problem(
                    send(
                            post("/api/v1/regions/" + OWN + "/priorities"),
                            "{\"title\":\"Tekst als ja/nee\",\"subTheme\":\"BEGELEIDEN\",\"sectors\":[\"PO\"],"
                                    + "\"startYear\":2026,\"endYear\":2027,\"published\":" + published + "}"),
                    400);
            assertThat(text.get("field").asString()).as(published).isEqualTo("published");
        }
    }

    @Test
    void a_status_step_without_to_is_a_400() throws Exception {
        MockHttpServletResponse created = send(post(register(OWN)), entry("Stap zonder doel (invoer)", ""));
        long id = json.readTree(created.getContentAsString()).get("id").asLong();
        JsonNode problem = problem(
                send(post(register(OWN) + "/" + id + "/status"), "{\"on\":\"2026-11-01\",\"revision\":1}"), 400);
        assertThat(problem.get("detail").asString()).contains("'to'");
    }

    @Test
    void page_numbers_are_bounded_without_overflow() throws Exception {
        for (String path : List.of(
                register(OWN) + "?page=21474837&size=200",
                register(OWN) + "?page=2147483647",
                register(OWN) + "?page=-1",
                "/api/v1/regions/" + OWN + "/findings?page=2147483647&size=200")) {
            JsonNode problem = problem(
                    mvc.perform(lead(OWN, get(URI.create(path)))).andReturn().getResponse(), 400);
            assertThat(problem.get("errors").get(0).get("field").asString())
                    .as(path)
                    .isEqualTo("page");
        }
        assertThat(mvc.perform(lead(OWN, get(register(OWN) + "?page=100000&size=200")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void unknown_and_foreign_ids_are_404() throws Exception {
        MockHttpServletResponse foreign = send(OTHER, post(register(OTHER)), entry("Van de buren (invoer)", ""));
        assertThat(foreign.getStatus()).isEqualTo(201);
        long foreignId = json.readTree(foreign.getContentAsString()).get("id").asLong();
        for (long id : List.of(foreignId, 999_999_999L)) {
            problem(
                    mvc.perform(lead(OWN, get(register(OWN) + "/" + id)))
                            .andReturn()
                            .getResponse(),
                    404);
            problem(send(put(register(OWN) + "/" + id + "?revision=1"), entry("x", "")), 404);
            problem(
                    mvc.perform(lead(OWN, delete(register(OWN) + "/" + id)))
                            .andReturn()
                            .getResponse(),
                    404);
            problem(
                    mvc.perform(lead(OWN, get("/api/v1/regions/" + OWN + "/priorities/" + id)))
                            .andReturn()
                            .getResponse(),
                    404);
            problem(
                    mvc.perform(lead(OWN, delete("/api/v1/regions/" + OWN + "/priorities/" + id)))
                            .andReturn()
                            .getResponse(),
                    404);
        }
    }

    @Test
    void a_body_over_one_megabyte_is_a_413_problem() throws Exception {
        String huge = entry("x".repeat(1024 * 1024), "");
        JsonNode problem = problem(send(post(register(OWN)), huge), 413);
        assertThat(problem.get("detail").asString()).contains("1 MB");
    }

    @Test
    void the_input_rules_speak_english_for_accept_language_en() throws Exception {
        JsonNode control = problem(send(english(post(register(OWN))), entry("Verzuim\\u0000po", "")), 400);
        assertThat(control.get("title").asString()).isEqualTo("Invalid input");
        assertThat(control.get("detail").asString()).contains("'what'", "control character");

        JsonNode parameter = problem(
                mvc.perform(lead(OWN, english(get(URI.create("/api/v1/catalogue?q=%00")))))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(parameter.get("detail").asString())
                .isEqualTo(
                        "The parameter 'q' holds a character that is not allowed (a control character such as NUL).");

        JsonNode date = problem(
                send(english(post(register(OWN))), entry("Datum Engels", ",\"requestedOn\":\"2026-02-30\"")), 400);
        assertThat(date.get("detail").asString()).contains("'requestedOn'", "is not a valid date", "yyyy-mm-dd");

        JsonNode huge = problem(send(english(post(register(OWN))), entry("x".repeat(1024 * 1024), "")), 413);
        assertThat(huge.get("title").asString()).isEqualTo("Too large");
        assertThat(huge.get("detail").asString()).isEqualTo("The data is larger than 1 MB; send less at a time.");

        JsonNode page = problem(
                mvc.perform(lead(OWN, english(get(register(OWN) + "?page=-1"))))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(page.get("errors").get(0).get("message").asString())
                .isEqualTo("The page number 'page' runs from 0 up to and including 100000.");
        JsonNode dutchPage = problem(
                mvc.perform(lead(OWN, get(register(OWN) + "?page=-1")))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(dutchPage.get("errors").get(0).get("message").asString())
                .isEqualTo("Het paginanummer 'page' loopt van 0 tot en met 100000.");

        MockHttpServletResponse created = send(post(register(OWN)), entry("Stap zonder doel (Engels)", ""));
        long id = json.readTree(created.getContentAsString()).get("id").asLong();
        JsonNode step = problem(
                send(english(post(register(OWN) + "/" + id + "/status")), "{\"on\":\"2026-11-01\",\"revision\":1}"),
                400);
        assertThat(step.get("detail").asString()).isEqualTo("Give the new status in 'to', for example \"ONTVANGEN\".");
    }

    private static MockHttpServletRequestBuilder english(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "en");
    }

    private JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).as(body).isNotBlank();
        return problem;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return send(OWN, request, body);
    }

    private MockHttpServletResponse send(String region, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(lead(
                        region, request.contentType(MediaType.APPLICATION_JSON).content(body)))
                .andReturn()
                .getResponse();
    }

    static MockHttpServletRequestBuilder lead(String region, MockHttpServletRequestBuilder request) {
        return as("lead." + region, Role.REGIO_LEAD, List.of(region), request);
    }
}

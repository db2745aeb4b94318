package nl.onderwijsregio.workspace.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderwijsregio.workspace.catalogue.SearchHit;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.RealPostgres;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue API through the real security chain and controllers, signed in with a JWT of the realm's shape
 * (no Keycloak needed; {@code CatalogueApiIT} does the same with real tokens).
 */
@SpringBootTest
class CatalogueApiTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void verzuim_in_closed_data_finds_the_vfpf_with_the_word_highlighted_and_counts_per_facet() throws Exception {
        JsonNode page = ok(member(get("/api/v1/catalogue").param("q", "verzuim").param("toegang", "CLOSED")));
        assertThat(page.get("total").asInt()).isPositive();
        assertThat(page.get("items"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("access").asString()).isEqualTo("CLOSED"));
        assertThat(page.get("items").findValuesAsString("partnerId")).contains("vfpf");
        assertThat(page.get("items").get(0).get("highlighted").asString())
                .containsIgnoringCase(SearchHit.START + "verzuim" + SearchHit.STOP);
        assertThat(page.get("facets").propertyNames())
                .containsExactly("thema", "subthema", "partner", "niveau", "toegang", "sector");
        assertThat(page.get("facets").get("toegang").findValuesAsString("value"))
                .contains("OPEN", "CLOSED");
    }

    @Test
    void pages_do_not_overlap_and_keep_the_total() throws Exception {
        JsonNode first = ok(member(get("/api/v1/catalogue").param("size", "2")));
        JsonNode second = ok(member(get("/api/v1/catalogue").param("size", "2").param("page", "1")));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("total").asInt())
                .isEqualTo(second.get("total").asInt())
                .isGreaterThan(100);
        assertThat(first.get("items").findValuesAsString("id"))
                .doesNotContainAnyElementsOf(second.get("items").findValuesAsString("id"));
        assertThat(ok(member(get("/api/v1/catalogue"))).get("size").asInt()).isEqualTo(25);
    }

    @Test
    void a_page_too_large_or_before_the_first_is_refused_in_dutch() throws Exception {
        MockHttpServletResponse tooLarge = mvc.perform(
                        member(get("/api/v1/catalogue").param("size", "201")))
                .andReturn()
                .getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8))
                .contains("Ongeldige invoer", "\"field\":\"size\"", "ten hoogste 200");
        assertThat(mvc.perform(member(get("/api/v1/catalogue").param("page", "-1")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"page\"");
    }

    @Test
    void values_of_one_filter_widen_filters_narrow_and_codes_ignore_case() throws Exception {
        int po = total(get("/api/v1/catalogue").param("sector", "PO"));
        int poOrVo = total(get("/api/v1/catalogue").param("sector", "PO").param("sector", "vo"));
        int closedPo = total(get("/api/v1/catalogue").param("sector", "PO").param("toegang", "closed"));
        assertThat(poOrVo).isGreaterThan(po);
        assertThat(closedPo).isPositive().isLessThan(po);
        assertThat(total(get("/api/v1/catalogue").param("partner", "vfpf").param("thema", "Behouden")))
                .isPositive();
    }

    @Test
    void one_entry_by_id_and_a_dutch_404_for_an_unknown_one() throws Exception {
        JsonNode entry = ok(member(get("/api/v1/catalogue/e001")));
        assertThat(entry.get("id").asString()).isEqualTo("e001");
        assertThat(entry.has("highlighted")).isFalse();
        MockHttpServletResponse unknown =
                mvc.perform(member(get("/api/v1/catalogue/e999x"))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("Niet gevonden", "e999x");
    }

    @Test
    void the_partners_with_their_number_of_entries() throws Exception {
        JsonNode partners = ok(member(get("/api/v1/catalogue/partners")));
        assertThat(partners.findValuesAsString("id")).contains("duo", "vfpf", "cbs");
        assertThat(partners.get(0).get("entryCount").asInt()).isNotNegative();
    }

    @Test
    void the_dcat_publication_is_json_ld_by_default_and_turtle_on_request() throws Exception {
        int entries = total(get("/api/v1/catalogue"));
        MockHttpServletResponse jsonLd =
                mvc.perform(member(get("/api/v1/catalogue/dcat"))).andReturn().getResponse();
        assertThat(jsonLd.getContentType()).startsWith("application/ld+json");
        assertThat(datasets(parse(jsonLd, Lang.JSONLD))).hasSize(entries);
        MockHttpServletResponse turtle = mvc.perform(
                        member(get("/api/v1/catalogue/dcat").header("Accept", "text/turtle")))
                .andReturn()
                .getResponse();
        assertThat(turtle.getContentType()).startsWith("text/turtle");
        assertThat(datasets(parse(turtle, Lang.TURTLE))).hasSize(entries);
        MockHttpServletResponse xml = mvc.perform(
                        member(get("/api/v1/catalogue/dcat").header("Accept", "application/rdf+xml")))
                .andReturn()
                .getResponse();
        assertThat(xml.getContentType()).startsWith("application/rdf+xml");
        assertThat(datasets(parse(xml, Lang.RDFXML))).hasSize(entries);
        MockHttpServletResponse csv = mvc.perform(
                        member(get("/api/v1/catalogue/dcat").header("Accept", "text/csv")))
                .andReturn()
                .getResponse();
        assertThat(csv.getStatus()).isEqualTo(406);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("text/turtle");
    }

    @Test
    void without_a_token_the_dcat_feed_is_public_and_cacheable_with_304_when_unchanged() throws Exception {
        MockHttpServletResponse first = mvc.perform(
                        get("/api/v1/catalogue/dcat").header("Accept", "text/turtle"))
                .andReturn()
                .getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).startsWith("text/turtle");
        assertThat(datasets(parse(first, Lang.TURTLE))).isNotEmpty();
        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("\"turtle-");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("max-age=900", "public");
        assertThat(first.getHeader("Vary")).contains("Accept");

        MockHttpServletResponse same = mvc.perform(get("/api/v1/catalogue/dcat")
                        .header("Accept", "text/turtle")
                        .header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse since = mvc.perform(get("/api/v1/catalogue/dcat")
                        .header("Accept", "text/turtle")
                        .header("If-Modified-Since", first.getHeader("Last-Modified")))
                .andReturn()
                .getResponse();
        assertThat(since.getStatus()).isEqualTo(304);
        MockHttpServletResponse other = mvc.perform(get("/api/v1/catalogue/dcat")
                        .header("Accept", "application/ld+json")
                        .header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).as("another syntax has another ETag").isEqualTo(200);
        assertThat(other.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void without_a_token_only_the_dcat_feed_is_open_and_region_endpoints_are_refused() throws Exception {
        assertThat(mvc.perform(get("/api/v1/catalogue/dcat"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        for (String closed : List.of(
                "/api/v1/catalogue",
                "/api/v1/catalogue/e001",
                "/api/v1/catalogue/partners",
                "/api/v1/me",
                "/api/v1/regions/noordkust/register",
                "/api/v1/regions/noordkust/findings",
                "/api/v1/regions/noordkust/priorities",
                "/api/v1/coverage/matrix")) {
            MockHttpServletResponse response =
                    mvc.perform(get(closed)).andReturn().getResponse();
            assertThat(response.getStatus()).as(closed).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).as(closed).startsWith("Bearer");
        }
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/catalogue/dcat"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("only reading is public")
                .isEqualTo(401);
    }

    private static MockHttpServletRequestBuilder member(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.claim("preferred_username", "member.noordkust")
                        .claim("name", "Lid Noordkust")
                        .claim("roles", List.of(Role.REGIO_MEMBER.claim()))
                        .claim("regions", List.of("noordkust")))
                .authorities(new SimpleGrantedAuthority(Role.REGIO_MEMBER.authority())));
    }

    private JsonNode ok(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private int total(MockHttpServletRequestBuilder request) throws Exception {
        return ok(member(request)).get("total").asInt();
    }

    private static Model parse(MockHttpServletResponse response, Lang lang) throws Exception {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))
                .lang(lang)
                .parse(model);
        return model;
    }

    private static List<?> datasets(Model model) {
        return model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
    }
}

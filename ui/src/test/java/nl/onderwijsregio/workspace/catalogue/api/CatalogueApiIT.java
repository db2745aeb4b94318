package nl.onderwijsregio.workspace.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue API with real tokens from the real Keycloak: search, paging, partners, DCAT, and its description. */
class CatalogueApiIT extends FullStackTest {

    private static final String RESTRICTED = "http://publications.europa.eu/resource/authority/access-right/RESTRICTED";
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void verzuim_in_closed_data_finds_the_vfpf_for_a_region_member() throws Exception {
        HttpResponse<String> response =
                get("/api/v1/catalogue?q=verzuim&toegang=CLOSED", Tokens.accessToken("member.noordkust"), null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(response.body());
        assertThat(page.get("total").asInt()).isPositive();
        assertThat(page.get("items").findValuesAsString("access")).isNotEmpty().containsOnly("CLOSED");
        assertThat(page.get("items").findValuesAsString("partnerId")).contains("vfpf");
        assertThat(page.get("facets").get("toegang").findValuesAsString("value"))
                .contains("CLOSED");
    }

    @Test
    void pages_follow_each_other_for_every_role() throws Exception {
        for (String user : List.of("lead.noordkust", "multi", "national", "catalogus", "beheer")) {
            String token = Tokens.accessToken(user);
            JsonNode first =
                    json.readTree(get("/api/v1/catalogue?size=10", token, null).body());
            JsonNode second = json.readTree(
                    get("/api/v1/catalogue?size=10&page=1", token, null).body());
            assertThat(first.get("items")).as(user).hasSize(10);
            assertThat(first.get("total").asInt()).isEqualTo(second.get("total").asInt());
            assertThat(first.get("items").findValuesAsString("id"))
                    .doesNotContainAnyElementsOf(second.get("items").findValuesAsString("id"));
        }
        assertThat(get("/api/v1/catalogue?size=500", Tokens.accessToken("national"), null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void one_entry_and_the_partners() throws Exception {
        String token = Tokens.accessToken("member.noordkust");
        HttpResponse<String> entry = get("/api/v1/catalogue/e001", token, null);
        assertThat(entry.statusCode()).isEqualTo(200);
        assertThat(entry.body()).contains("\"id\":\"e001\"");
        assertThat(get("/api/v1/catalogue/bestaat-niet", token, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> partners = get("/api/v1/catalogue/partners", token, null);
        assertThat(partners.statusCode()).isEqualTo(200);
        assertThat(json.readTree(partners.body()).findValuesAsString("id")).contains("duo", "vfpf");
    }

    @Test
    void the_catalogue_as_dcat_in_json_ld_and_turtle() throws Exception {
        String token = Tokens.accessToken("national");
        int total = json.readTree(get("/api/v1/catalogue?size=1", token, null).body())
                .get("total")
                .asInt();
        assertThat(total).isPositive();

        HttpResponse<String> jsonLd = get("/api/v1/catalogue/dcat", token, "application/ld+json");
        assertThat(jsonLd.statusCode()).isEqualTo(200);
        assertThat(jsonLd.headers().firstValue("Content-Type")).get().asString().startsWith("application/ld+json");
        HttpResponse<String> turtle = get("/api/v1/catalogue/dcat", token, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");

        for (Model model : List.of(parse(jsonLd.body(), Lang.JSONLD), parse(turtle.body(), Lang.TURTLE))) {
            assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList())
                    .hasSize(1);
            List<Resource> datasets =
                    model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
            assertThat(datasets).hasSize(total).allSatisfy(dataset -> {
                assertThat(dataset.hasProperty(DCTerms.title)).isTrue();
                assertThat(dataset.hasProperty(DCTerms.identifier)).isTrue();
                assertThat(dataset.hasProperty(DCTerms.accessRights)).isTrue();
            });
            assertThat(datasets)
                    .anySatisfy(dataset -> assertThat(dataset.getPropertyResourceValue(DCTerms.accessRights)
                                    .getURI())
                            .isEqualTo(RESTRICTED));
        }
    }

    @Test
    void without_a_token_401_but_the_openapi_description_is_public() throws Exception {
        HttpResponse<String> closed = get("/api/v1/catalogue", null, null);
        assertThat(closed.statusCode()).isEqualTo(401);
        assertThat(closed.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        HttpResponse<String> feed = get("/api/v1/catalogue/dcat", null, "text/turtle");
        assertThat(feed.statusCode()).as("the DCAT feed is public").isEqualTo(200);
        assertThat(parse(feed.body(), Lang.TURTLE)
                        .listSubjectsWithProperty(RDF.type, DCAT.Catalog)
                        .toList())
                .hasSize(1);
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(APP + "/api/v1/catalogue/dcat"))
                                .header("Accept", "text/turtle")
                                .header("If-None-Match", etag)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(get("/api/v1/regions/noordkust/register", null, null).statusCode())
                .isEqualTo(401);

        HttpResponse<String> docs = get("/api/v1/openapi.json", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains(
                        "\"/api/v1/catalogue\"",
                        "\"/api/v1/catalogue/{id}\"",
                        "\"/api/v1/catalogue/partners\"",
                        "\"/api/v1/catalogue/dcat\"");
        assertThat(get("/api/v1/docs", null, null).statusCode()).isIn(200, 302);
    }

    private HttpResponse<String> get(String path, @Nullable String token, @Nullable String accept) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(APP + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(String text, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(lang).parse(model);
        return model;
    }
}

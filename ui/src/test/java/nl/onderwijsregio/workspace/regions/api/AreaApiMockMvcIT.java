package nl.onderwijsregio.workspace.regions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
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
 * The area API: municipalities, a region's area (public), setting it (platform administrator, Dutch problem details
 * on a broken rule) and the GeoJSON map. On regions of this test's own with municipalities around Leiden.
 */
class AreaApiMockMvcIT extends MockMvcApiTest {

    static final String OWN = TestRegions.id("leiden");
    static final String OTHER = TestRegions.id("katwijk");

    @BeforeAll
    static void fixture(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN, OTHER);
    }

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void municipalities_are_listed_with_their_province_corop_area_and_labour_market_region() throws Exception {
        JsonNode all = read(mvc.perform(as("lead." + OWN, Role.REGIO_LEAD, List.of(OWN), get("/api/v1/municipalities")))
                .andReturn()
                .getResponse());
        JsonNode leiden = StreamSupport.stream(all.spliterator(), false)
                .filter(m -> m.get("code").asString().equals("GM0546"))
                .findFirst()
                .orElseThrow();
        assertThat(all.size()).isEqualTo(342);
        assertThat(leiden.get("name").asString()).isEqualTo("Leiden");
        assertThat(leiden.get("province").get("name").asString()).isEqualTo("Zuid-Holland");
        assertThat(leiden.get("labourMarket").get("code").asString()).startsWith("AM");
        assertThat(leiden.get("corop").get("code").asString()).startsWith("CR");
    }

    @Test
    void the_platform_admin_sets_an_area_that_everyone_reads_and_a_broken_rule_is_a_dutch_problem() throws Exception {
        MockHttpServletResponse set = mvc.perform(admin(put("/api/v1/regions/" + OWN + "/area"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalities\":[\"GM0546\",\"GM0547\"]}"))
                .andReturn()
                .getResponse();
        assertThat(set.getStatus()).as(set.getContentAsString()).isEqualTo(200);

        JsonNode area =
                read(mvc.perform(as("national", Role.NATIONAL, List.of(), get("/api/v1/regions/" + OWN + "/area")))
                        .andReturn()
                        .getResponse());
        assertThat(StreamSupport.stream(area.get("municipalities").spliterator(), false)
                        .map(m -> m.get("code").asString()))
                .containsExactly("GM0546", "GM0547");
        assertThat(area.get("provinces").get(0).get("name").asString()).isEqualTo("Zuid-Holland");
        assertThat(area.get("provinces").size()).isEqualTo(1);

        MockHttpServletResponse taken = mvc.perform(admin(put("/api/v1/regions/" + OTHER + "/area"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalities\":[\"GM0546\"]}"))
                .andReturn()
                .getResponse();
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.getContentType()).startsWith("application/problem+json");
        assertThat(read(taken).get("detail").asString())
                .isEqualTo("Gemeente Leiden (GM0546) hoort al bij " + TestRegions.name(OWN)
                        + "; een gemeente hoort bij hoogstens één regio.");

        MockHttpServletResponse byLead = mvc.perform(
                        as("lead." + OTHER, Role.REGIO_LEAD, List.of(OTHER), put("/api/v1/regions/" + OTHER + "/area"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"municipalities\":[\"GM0537\"]}"))
                .andReturn()
                .getResponse();
        assertThat(byLead.getStatus()).isEqualTo(403);

        MockHttpServletResponse empty = mvc.perform(admin(put("/api/v1/regions/" + OTHER + "/area"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(read(empty).get("detail").asString()).startsWith("Geef de gemeenten");

        MockHttpServletResponse unknown = mvc.perform(admin(get("/api/v1/regions/bestaat-niet-xyz/area")))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
    }

    @Test
    void the_map_is_a_geojson_feature_collection_of_the_geographic_regions_with_an_area() throws Exception {
        mvc.perform(admin(put("/api/v1/regions/" + OTHER + "/area"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipalities\":[\"GM0537\"]}"));
        MockHttpServletResponse response = mvc.perform(
                        as("national", Role.NATIONAL, List.of(), get("/api/v1/map/regions")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode map = read(response);
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.get("attribution").asString()).contains("CBS", "PDOK", "CC BY 4.0");
        JsonNode katwijk = StreamSupport.stream(map.get("features").spliterator(), false)
                .filter(f -> f.get("id").asString().equals(OTHER))
                .findFirst()
                .orElseThrow();
        assertThat(katwijk.get("type").asString()).isEqualTo("Feature");
        assertThat(katwijk.get("properties").get("name").asString()).isEqualTo(TestRegions.name(OTHER));
        assertThat(katwijk.get("properties").get("kind").asString()).isEqualTo("geographic");
        assertThat(katwijk.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        JsonNode firstPoint =
                katwijk.get("geometry").get("coordinates").get(0).get(0).get(0);
        assertThat(firstPoint.get(0).asDouble()).isBetween(4.3, 4.5); // Katwijk: longitude
        assertThat(firstPoint.get(1).asDouble()).isBetween(52.1, 52.3); // latitude
        assertThat(StreamSupport.stream(map.get("features").spliterator(), false))
                .noneMatch(f -> f.get("properties").get("kind").asString().equals("national"));
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return as("beheer", Role.PLATFORM_ADMIN, List.of(), request);
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}

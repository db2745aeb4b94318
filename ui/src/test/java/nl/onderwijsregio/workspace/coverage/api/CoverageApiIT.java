package nl.onderwijsregio.workspace.coverage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The coverage API with real tokens: national staff get every aggregate and export, regions get 403, and nothing a
 * region wrote in its notes, contact persons or private findings comes out.
 */
class CoverageApiIT extends FullStackTest {

    private static final String BASE = APP + "/api/v1/coverage";
    private static final List<String> ENDPOINTS = List.of(
            "/matrix",
            "/sources",
            "/gaps",
            "/priorities",
            "/findings",
            "/trend",
            "/lines",
            "/lines?region=noordkust",
            "/export/MATRIX",
            "/export/SOURCES?format=csv");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void national_staff_read_every_aggregate_and_nothing_private_leaks() throws Exception {
        String lead = Tokens.accessToken("lead.noordkust");
        assertThat(send(
                                "POST",
                                APP + "/api/v1/regions/noordkust/register",
                                lead,
                                "{\"catalogueEntryId\":\"e053\",\"what\":\"Dekking API\",\"holderKind\":\"BESTUUR\","
                                        + "\"holderName\":\"Stichting Zeer Geheim\",\"contactName\":\"Piet Verborgen\","
                                        + "\"notes\":\"GEHEIME NOTITIE API\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send(
                                "POST",
                                APP + "/api/v1/regions/noordkust/findings",
                                lead,
                                "{\"title\":\"Prive bevinding API\",\"body\":\"Vertrouwelijke tekst API\",\"theme\":\"Behouden\","
                                        + "\"kind\":\"INTERVIEW\",\"observedFrom\":\"2026-11-01\",\"published\":true,"
                                        + "\"visibility\":\"OWN\"}")
                        .statusCode())
                .isEqualTo(201);

        String national = Tokens.accessToken("national");
        for (String endpoint : ENDPOINTS) {
            HttpResponse<String> response = send("GET", BASE + endpoint, national, null);
            assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(response.body())
                    .as(endpoint)
                    .doesNotContain(
                            "GEHEIME NOTITIE",
                            "Piet Verborgen",
                            "Zeer Geheim",
                            "Prive bevinding",
                            "Vertrouwelijke tekst");
        }
        assertThat(send("GET", BASE + "/matrix", national, null).body())
                .contains("\"regionId\":\"noordkust\"", "\"theme\":\"Behouden\"", "\"registered\"", "\"received\"");
        assertThat(send("GET", BASE + "/lines?region=noordkust&entry=e053", national, null)
                        .body())
                .contains("\"status\":\"GEWENST\"");
        assertThat(send("GET", BASE + "/findings", national, null).body()).contains("\"visibility\":\"OWN\"");
    }

    @Test
    void the_matrix_comes_gzipped_to_a_client_that_asks_and_says_the_same() throws Exception {
        String national = Tokens.accessToken("national");
        HttpResponse<byte[]> zipped = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/matrix"))
                        .header("Authorization", "Bearer " + national)
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] json;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            json = in.readAllBytes();
        }
        String plain = send("GET", BASE + "/matrix", national, null).body();
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(plain).contains("\"regionId\":\"noordkust\"");
        assertThat(zipped.body().length).isLessThan(plain.length());
    }

    @Test
    void exports_open_back_and_regions_get_403() throws Exception {
        String national = Tokens.accessToken("national");
        HttpResponse<byte[]> xlsx = http.send(
                request(BASE + "/export/MATRIX?format=xlsx", national).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("dekking-per-regio-en-thema.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Regio");
            assertThat(book.getSheetAt(0).getLastRowNum()).isPositive();
        }
        HttpResponse<byte[]> csv =
                http.send(request(BASE + "/export/TREND", national).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFMaand;");

        for (String user : List.of("lead.noordkust", "member.noordkust", "catalogus")) {
            String token = Tokens.accessToken(user);
            for (String endpoint : ENDPOINTS) {
                assertThat(send("GET", BASE + endpoint, token, null).statusCode())
                        .as(user + endpoint)
                        .isEqualTo(403);
            }
        }
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(BASE + "/matrix"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
        String docs = http.send(
                        HttpRequest.newBuilder(URI.create(APP + "/api/v1/openapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(docs)
                .contains(
                        "/api/v1/coverage/matrix",
                        "/api/v1/coverage/sources",
                        "/api/v1/coverage/gaps",
                        "/api/v1/coverage/priorities",
                        "/api/v1/coverage/trend");
    }

    private HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = request(url, token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

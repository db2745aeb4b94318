package nl.onderwijsregio.workspace.analysis.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
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
 * The analysis API signed in with JWTs of the realm's shape: every endpoint's answer and its Dutch problem details,
 * and the visibility matrix (own region, neighbour, non-neighbour, national staff × concept, vastgesteld and not
 * shared, shared with the neighbours, shared with the Realisatie-Eenheid), with a search of every answer outside the
 * region for the working text. Run by failsafe, on regions of this test's own.
 */
class AnalysisApiMockMvcIT extends MockMvcApiTest {

    static final String WRITER = TestRegions.id("analyse-api");
    static final String FOREIGN = TestRegions.id("analyse-vreemd");
    static final String OWN = TestRegions.id("analyse-eigen");
    static final String NEIGHBOUR = TestRegions.id("analyse-buur");
    static final String STRANGER = TestRegions.id("analyse-ver");
    static final String EDITION = "Arbeidsmarktanalyse 2026";
    static long register;

    @BeforeAll
    static void fixture(@Autowired RegionAdministration administration, @Autowired RegisterService registers) {
        TestRegions.create(administration, WRITER, FOREIGN, OWN, NEIGHBOUR, STRANGER);
        TestRegions.neighbours(administration, OWN, NEIGHBOUR);
        register = AsUser.lead(WRITER)
                .call(
                        WRITER,
                        () -> registers.create(new RegisterDraft(
                                "e053",
                                null,
                                "Verzuim per school (API)",
                                null,
                                null,
                                HolderKind.BESTUUR,
                                "Stichting API",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .id();
        // received: only closed data the region obtained is evidence
        AsUser.lead(WRITER).run(WRITER, () -> {
            var wanted = registers.entry(register);
            var requested = registers.transition(
                    register,
                    wanted.revision(),
                    nl.onderwijsregio.workspace.register.RegisterStatus.AANGEVRAAGD,
                    java.time.LocalDate.of(2026, 3, 1));
            registers.transition(
                    register,
                    requested.revision(),
                    nl.onderwijsregio.workspace.register.RegisterStatus.ONTVANGEN,
                    java.time.LocalDate.of(2026, 4, 1));
        });
    }

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_endpoint_answers_and_refuses_with_dutch_problem_details() throws Exception {
        String base = "/api/v1/regions/" + WRITER + "/analysis";
        problem(call(lead(WRITER, get(base)), null), 404, "Niet gevonden", "nog niet aan een analyse begonnen");
        problem(
                call(lead(WRITER, get(base).header("Accept-Language", "en")), null),
                404,
                "Not found",
                "This region has not started an analysis yet.");
        problem(
                call(member(WRITER, post(base)), "{\"edition\":\"" + EDITION + "\"}"),
                403,
                "Geen toegang",
                "regiotrekker");
        problem(call(lead(WRITER, post(base)), "{\"edition\":\"x\",\"onbekend\":1}"), 400, null, "onbekend");
        MockHttpServletResponse noName = call(lead(WRITER, post(base)), "{\"fromLatest\":false}");
        problem(noName, 400, null, null);
        assertThat(body(noName)).contains("edition", "Geef de editie een naam");
        problem(
                call(lead(WRITER, post(base)), "{\"edition\":\"x\",\"fromLatest\":true}"),
                400,
                "Ongeldige wijziging",
                "geen eerdere editie");

        MockHttpServletResponse started = call(lead(WRITER, post(base)), "{\"edition\":\"" + EDITION + "\"}");
        assertThat(started.getStatus()).as(body(started)).isEqualTo(201);
        assertThat(started.getHeader("Location")).isEqualTo(base);
        JsonNode analysis = json.readTree(body(started));
        assertThat(analysis.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(analysis.get("version").asInt()).isEqualTo(1);
        assertThat(analysis.get("chapters").size()).isEqualTo(11);
        assertThat(analysis.get("chapters").get(10).get("generated").asBoolean())
                .isTrue();
        assertThat(analysis.get("releases").size()).isZero();
        problem(
                call(lead(WRITER, post(base)), "{\"edition\":\"" + EDITION + "\"}"),
                400,
                "Ongeldige wijziging",
                "bestaat al");

        JsonNode current = read(lead(WRITER, get(base)));
        assertThat(current.get("edition").asString()).isEqualTo(EDITION);
        JsonNode chapter = current.get("chapters").get(4);
        long chapterId = chapter.get("id").asLong();
        String chapterUrl = base + "/chapters/" + chapterId;
        String text = "Behouden lukt beter met [[bron:e019]] en [[register:" + register + "]].";
        MockHttpServletResponse saved = call(
                member(
                        WRITER,
                        put(chapterUrl + "?revision=" + chapter.get("revision").asInt())),
                "{\"title\":" + json.writeValueAsString(chapter.get("title").asString()) + ",\"body\":\"" + text
                        + "\"}");
        assertThat(saved.getStatus()).as(body(saved)).isEqualTo(200);
        JsonNode savedChapter = json.readTree(body(saved));
        assertThat(savedChapter.get("body").asString()).isEqualTo(text);
        assertThat(savedChapter.get("revision").asInt())
                .isEqualTo(chapter.get("revision").asInt() + 1);
        assertThat(body(saved))
                .contains("{\"kind\":\"CATALOGUE\",\"ref\":\"e019\",\"citation\":\"[[bron:e019]]\"}")
                .contains("{\"kind\":\"REGISTER\",\"ref\":\"" + register + "\"");
        problem(
                call(member(WRITER, put(chapterUrl + "/themes")), "{\"themes\":[\"Behouden\"]}"),
                403,
                "Geen toegang",
                "thema's");
        problem(call(lead(WRITER, put(chapterUrl + "/themes")), "{\"themes\":[\"Onzin\"]}"), 400, null, null);
        MockHttpServletResponse retagged =
                call(lead(WRITER, put(chapterUrl + "/themes")), "{\"themes\":[],\"subThemes\":[\"Begeleiden\"]}");
        assertThat(retagged.getStatus()).as(body(retagged)).isEqualTo(200);
        assertThat(json.readTree(body(retagged)).get("subThemes").toString()).isEqualTo("[\"Begeleiden\"]");
        assertThat(json.readTree(body(retagged)).get("themes").toString()).isEqualTo("[\"Behouden\"]");
        String stale = "{\"title\":\"Behouden\",\"body\":\"Mijn versie\"}";
        problem(
                call(
                        member(
                                WRITER,
                                put(chapterUrl + "?revision="
                                        + chapter.get("revision").asInt())),
                        stale),
                409,
                "Conflict",
                "Iemand anders");
        int revision = savedChapter.get("revision").asInt();
        problem(
                call(
                        lead(WRITER, put(chapterUrl + "?revision=" + revision)),
                        "{\"title\":\"Behouden\",\"body\":\"[[onzin:1]]\"}"),
                400,
                "Ongeldige wijziging",
                "Onbekende verwijzing");
        problem(
                call(
                        lead(WRITER, put(chapterUrl + "?revision=" + revision)),
                        "{\"title\":\"Behouden\",\"body\":\"[[register:999999999]]\"}"),
                400,
                "Ongeldige wijziging",
                "niet bestaat of niet van je regio");
        problem(
                call(
                        member(WRITER, put(chapterUrl + "?revision=" + revision)),
                        "{\"title\":\"Andere titel\",\"body\":\"x\"}"),
                403,
                "Geen toegang",
                "andere naam");
        problem(call(lead(WRITER, put(chapterUrl)), stale), 400, null, "revision");
        problem(
                call(lead(WRITER, put(chapterUrl + "?revision=" + revision)), "{\"title\":\"Behouden\"}"),
                400,
                null,
                null);
        problem(
                call(lead(WRITER, put(base + "/chapters/999999999?revision=1")), stale),
                404,
                "Niet gevonden",
                "bestaat niet");

        MockHttpServletResponse foreignStart = call(
                lead(FOREIGN, post("/api/v1/regions/" + FOREIGN + "/analysis")), "{\"edition\":\"" + EDITION + "\"}");
        long foreignId = json.readTree(body(foreignStart))
                .get("chapters")
                .get(0)
                .get("id")
                .asLong();
        problem(
                call(lead(WRITER, put(base + "/chapters/" + foreignId + "?revision=1")), stale),
                404,
                "Niet gevonden",
                null);
        problem(
                call(
                        lead(WRITER, post(base + "/chapters/" + foreignId + "/evidence")),
                        "{\"kind\":\"CATALOGUE\",\"ref\":\"e019\"}"),
                404,
                "Niet gevonden",
                null);

        MockHttpServletResponse attached =
                call(member(WRITER, post(chapterUrl + "/evidence")), "{\"kind\":\"CATALOGUE\",\"ref\":\"e020\"}");
        assertThat(attached.getStatus()).as(body(attached)).isEqualTo(200);
        assertThat(body(attached)).contains("\"ref\":\"e020\"");
        problem(
                call(member(WRITER, post(chapterUrl + "/evidence")), "{\"kind\":\"ONZIN\",\"ref\":\"e020\"}"),
                400,
                null,
                null);
        problem(call(member(WRITER, post(chapterUrl + "/evidence")), "{\"kind\":\"CATALOGUE\"}"), 400, null, null);
        problem(
                call(member(WRITER, post(chapterUrl + "/evidence")), "{\"kind\":\"CATALOGUE\",\"ref\":\"e999\"}"),
                404,
                "Niet gevonden",
                "bestaat niet");
        problem(
                call(member(WRITER, delete(chapterUrl + "/evidence/CATALOGUE/e019")), null),
                400,
                "Ongeldige wijziging",
                "verwijst nog naar");
        problem(call(member(WRITER, delete(chapterUrl + "/evidence/ONZIN/e019")), null), 400, null, null);
        MockHttpServletResponse detached = call(member(WRITER, delete(chapterUrl + "/evidence/CATALOGUE/e020")), null);
        assertThat(detached.getStatus()).isEqualTo(200);
        assertThat(body(detached)).doesNotContain("\"ref\":\"e020\"").contains("\"ref\":\"e019\"");

        int analysisRevision = read(lead(WRITER, get(base))).get("revision").asInt();
        String establish = "{\"to\":\"VASTGESTELD\",\"revision\":" + analysisRevision
                + ",\"shareNeighbours\":false,\"shareNational\":true}";
        problem(call(member(WRITER, post(base + "/status")), establish), 403, "Geen toegang", "regiotrekker");
        problem(
                call(
                        lead(WRITER, post(base + "/status")),
                        establish.replace(
                                "\"revision\":" + analysisRevision, "\"revision\":" + (analysisRevision + 7))),
                409,
                "Conflict",
                "intussen gewijzigd");
        problem(call(lead(WRITER, post(base + "/status")), "{\"to\":\"KLAAR\",\"revision\":1}"), 400, null, null);
        problem(call(lead(WRITER, post(base + "/status")), "{\"to\":\"VASTGESTELD\"}"), 400, null, null);
        MockHttpServletResponse established = call(lead(WRITER, post(base + "/status")), establish);
        assertThat(established.getStatus()).as(body(established)).isEqualTo(200);
        JsonNode afterStatus = json.readTree(body(established));
        assertThat(afterStatus.get("status").asString()).isEqualTo("VASTGESTELD");
        JsonNode release = afterStatus.get("releases").get(0);
        long releaseId = release.get("id").asLong();
        assertThat(release.get("number").asInt()).isEqualTo(1);
        assertThat(release.get("sharedNational").asBoolean()).isTrue();
        assertThat(release.get("sharedNeighbours").asBoolean()).isFalse();
        assertThat(release.get("establishedAt").asString()).isNotBlank();

        String sharing = base + "/releases/" + releaseId + "/sharing";
        problem(
                call(member(WRITER, put(sharing)), "{\"neighbours\":true,\"national\":false}"),
                403,
                "Geen toegang",
                null);
        problem(call(lead(WRITER, put(sharing)), "{\"neighbours\":true}"), 400, null, null);
        problem(
                call(
                        lead(WRITER, put(base + "/releases/999999999/sharing")),
                        "{\"neighbours\":true,\"national\":false}"),
                404,
                "Niet gevonden",
                null);
        MockHttpServletResponse shared = call(lead(WRITER, put(sharing)), "{\"neighbours\":true,\"national\":false}");
        assertThat(shared.getStatus()).as(body(shared)).isEqualTo(200);
        assertThat(json.readTree(body(shared)).get("sharedNeighbours").asBoolean())
                .isTrue();
        assertThat(json.readTree(body(shared)).get("sharedNational").asBoolean())
                .isFalse();

        JsonNode releaseText = read(member(WRITER, get(base + "/releases/" + releaseId)));
        assertThat(releaseText.get("release").get("id").asLong()).isEqualTo(releaseId);
        assertThat(releaseText.get("chapters").get(4).get("bodyHtml").asString())
                .contains("Behouden lukt beter met");
        assertThat(releaseText.get("chapters").get(4).get("body").asString()).doesNotContain("[[bron:");
        problem(call(member(WRITER, get(base + "/releases/999999999")), null), 404, "Niet gevonden", null);
        problem(call(lead(WRITER, get(base + "/shared/" + releaseId)), null), 404, "Niet gevonden", "eigen regio");

        MockHttpServletResponse markdown = call(member(WRITER, get(base + "/export?format=md")), null);
        assertThat(markdown.getStatus()).as(body(markdown)).isEqualTo(200);
        assertThat(markdown.getHeader("Content-Disposition")).matches("attachment; filename=\".+\\.md\"");
        assertThat(markdown.getContentType()).startsWith("text/markdown");
        assertThat(body(markdown)).contains("Behouden lukt beter met");
        MockHttpServletResponse pdf = call(member(WRITER, get(base + "/export?format=PDF")), null);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getHeader("Content-Disposition")).endsWith(".pdf\"");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 4, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF");
        MockHttpServletResponse docx = call(member(WRITER, get(base + "/export")), null);
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getHeader("Content-Disposition")).endsWith(".docx\"");
        assertThat(docx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument");
        assertThat(new String(docx.getContentAsByteArray(), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        problem(
                call(member(WRITER, get(base + "/export?format=odt")), null),
                400,
                "Ongeldige invoer",
                "docx, pdf of md");
        problem(
                call(member(WRITER, get(base + "/export?format=odt").header("Accept-Language", "en")), null),
                400,
                "Invalid input",
                "Unknown format ‘odt’. Choose docx, pdf or md.");
        problem(
                call(
                        lead(WRITER, get(base + "/shared/" + releaseId).header("Accept-Language", "en-GB,nl;q=0.5")),
                        null),
                404,
                "Not found",
                "This is a version of your own region");
        MockHttpServletResponse englishMarkdown =
                call(member(WRITER, get(base + "/export?format=md").header("Accept-Language", "en")), null);
        assertThat(englishMarkdown.getStatus()).isEqualTo(200);
        assertThat(body(englishMarkdown))
                .as("the document's fixed texts follow Accept-Language; the region's own text stays as written")
                .contains("Behouden lukt beter met", "Version ")
                .doesNotContain("Versie ");
        assertThat(body(markdown)).contains("Versie ");
        problem(
                call(lead(STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/export?format=md")), null),
                404,
                "Niet gevonden",
                null);
        MockHttpServletResponse releaseFile =
                call(member(WRITER, get(base + "/releases/" + releaseId + "/export?format=md")), null);
        assertThat(releaseFile.getStatus()).isEqualTo(200);
        assertThat(body(releaseFile)).contains("Behouden lukt beter met");
        problem(
                call(member(WRITER, get(base + "/releases/999999999/export?format=md")), null),
                404,
                "Niet gevonden",
                null);

        String national = "/api/v1/coverage/analyses";
        JsonNode rows = read(as("national", Role.NATIONAL, List.of(), get(national)));
        JsonNode row = null;
        for (JsonNode r : rows) {
            if (r.get("regionId").asString().equals(WRITER)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(row.get("chaptersWithText").asInt()).isEqualTo(1);
        assertThat(row.get("sources").asInt()).isEqualTo(1);
        assertThat(row.get("closedDatasets").asInt()).isEqualTo(1);
        assertThat(row.get("releasedVersion").asInt()).isEqualTo(1);
        problem(call(lead(WRITER, get(national)), null), 403, "Geen toegang", null);
        problem(call(lead(WRITER, get(national + "/shared")), null), 403, "Geen toegang", null);
        MockHttpServletResponse xlsx = call(
                as("admin", Role.PLATFORM_ADMIN, List.of(), get("/api/v1/coverage/export/ANALYSES?format=xlsx")), null);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("analyses-per-regio.xlsx");
        MockHttpServletResponse csv =
                call(as("national", Role.NATIONAL, List.of(), get("/api/v1/coverage/export/ANALYSES")), null);
        assertThat(body(csv)).startsWith("\uFEFFRegio;Editie;Status;").contains(TestRegions.name(WRITER));
        problem(call(lead(WRITER, get("/api/v1/coverage/export/ANALYSES")), null), 403, "Geen toegang", null);
    }

    @Test
    void the_openapi_description_names_every_endpoint_with_a_dutch_summary() throws Exception {
        String docs = body(call(get("/api/v1/openapi.json"), null));
        assertThat(docs)
                .contains(
                        "/api/v1/regions/{region}/analysis",
                        "/api/v1/regions/{region}/analysis/chapters/{id}",
                        "/api/v1/regions/{region}/analysis/chapters/{id}/evidence",
                        "/api/v1/regions/{region}/analysis/chapters/{id}/themes",
                        "/api/v1/regions/{region}/analysis/chapters/{id}/evidence/{kind}/{ref}",
                        "/api/v1/regions/{region}/analysis/status",
                        "/api/v1/regions/{region}/analysis/releases/{id}/sharing",
                        "/api/v1/regions/{region}/analysis/shared/{releaseId}",
                        "/api/v1/regions/{region}/analysis/export",
                        "/api/v1/coverage/analyses",
                        "/api/v1/coverage/analyses/shared/{id}")
                .contains(
                        "De huidige editie van de analyse",
                        "Een hoofdstuk opslaan",
                        "De analyses per regio in aantallen");
    }

    @Test
    void the_visibility_matrix_through_the_api_and_no_working_text_ever_leaves_the_region() throws Exception {
        String ownBase = "/api/v1/regions/" + OWN + "/analysis";
        String workingConcept = "WERKTEKST-CONCEPT-" + OWN;
        String frozen = "VASTGESTELDE-TEKST-" + OWN;
        String workingNext = "WERKTEKST-VERSIE-2-" + OWN;
        List<String> outside = new ArrayList<>();

        JsonNode started = json.readTree(body(call(lead(OWN, post(ownBase)), "{\"edition\":\"" + EDITION + "\"}")));
        JsonNode chapter = started.get("chapters").get(0);
        String chapterUrl = ownBase + "/chapters/" + chapter.get("id").asLong();
        String title = json.writeValueAsString(chapter.get("title").asString());
        JsonNode saved = json.readTree(body(call(
                member(
                        OWN,
                        put(chapterUrl + "?revision=" + chapter.get("revision").asInt())),
                "{\"title\":" + title + ",\"body\":\"" + workingConcept + "\"}")));

        // concept: only the own region reads it
        assertThat(body(call(member(OWN, get(ownBase)), null))).contains(workingConcept);
        outside.addAll(lookFromOutside(ownBase, null, 403));

        // vastgesteld, not shared
        saved = json.readTree(body(call(
                lead(OWN, put(chapterUrl + "?revision=" + saved.get("revision").asInt())),
                "{\"title\":" + title + ",\"body\":\"" + frozen + "\"}")));
        int revision = read(lead(OWN, get(ownBase))).get("revision").asInt();
        JsonNode established = json.readTree(body(call(
                lead(OWN, post(ownBase + "/status")),
                "{\"to\":\"VASTGESTELD\",\"revision\":" + revision
                        + ",\"shareNeighbours\":false,\"shareNational\":false}")));
        long release = established.get("releases").get(0).get("id").asLong();
        // the next version's working text, written while the release is read elsewhere
        JsonNode reopened = json.readTree(body(call(
                lead(OWN, post(ownBase + "/status")),
                "{\"to\":\"CONCEPT\",\"revision\":"
                        + established.get("revision").asInt() + "}")));
        assertThat(reopened.get("version").asInt()).isEqualTo(2);
        int chapterRevision = read(member(OWN, get(ownBase)))
                .get("chapters")
                .get(0)
                .get("revision")
                .asInt();
        assertThat(status(
                        member(OWN, put(chapterUrl + "?revision=" + chapterRevision)),
                        "{\"title\":" + title + ",\"body\":\"" + workingNext + "\"}"))
                .isEqualTo(200);
        assertThat(body(call(member(OWN, get(ownBase + "/releases/" + release)), null)))
                .contains(frozen);
        assertThat(body(call(member(OWN, get(ownBase)), null))).contains(workingNext);
        outside.addAll(lookFromOutside(ownBase, release, 404));
        assertThat(String.join("\n", outside)).doesNotContain(frozen);

        // shared with the neighbours
        share(ownBase, release, true, false);
        MockHttpServletResponse neighbourReads =
                call(member(NEIGHBOUR, get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared/" + release)), null);
        assertThat(neighbourReads.getStatus()).isEqualTo(200);
        assertThat(body(neighbourReads)).contains(frozen);
        assertThat(body(call(member(NEIGHBOUR, get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared")), null)))
                .contains("\"id\":" + release);
        outside.add(body(neighbourReads));
        MockHttpServletResponse neighbourFile = call(
                member(
                        NEIGHBOUR,
                        get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared/" + release + "/export?format=md")),
                null);
        assertThat(neighbourFile.getStatus()).isEqualTo(200);
        assertThat(body(neighbourFile)).contains(frozen);
        outside.add(body(neighbourFile));
        assertThat(status(national(get("/api/v1/coverage/analyses/shared/" + release + "/export?format=md"))))
                .isEqualTo(404);
        assertThat(status(member(
                        STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/shared/" + release + "/export"))))
                .isEqualTo(404);
        assertThat(status(member(STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/shared/" + release))))
                .isEqualTo(404);
        assertThat(status(national(get("/api/v1/coverage/analyses/shared/" + release))))
                .isEqualTo(404);
        outside.addAll(lookFromOutside(ownBase, null, 403));

        // shared with the Realisatie-Eenheid only
        share(ownBase, release, false, true);
        MockHttpServletResponse nationalReads =
                call(national(get("/api/v1/coverage/analyses/shared/" + release)), null);
        assertThat(nationalReads.getStatus()).isEqualTo(200);
        assertThat(body(nationalReads)).contains(frozen);
        assertThat(body(call(national(get("/api/v1/coverage/analyses/shared")), null)))
                .contains("\"id\":" + release);
        outside.add(body(nationalReads));
        MockHttpServletResponse nationalFile =
                call(national(get("/api/v1/coverage/analyses/shared/" + release + "/export?format=md")), null);
        assertThat(nationalFile.getStatus()).isEqualTo(200);
        assertThat(body(nationalFile)).contains(frozen);
        outside.add(body(nationalFile));
        assertThat(status(member(
                        NEIGHBOUR,
                        get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared/" + release + "/export?format=md"))))
                .isEqualTo(404);
        assertThat(status(member(NEIGHBOUR, get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared/" + release))))
                .isEqualTo(404);
        assertThat(status(member(STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/shared/" + release))))
                .isEqualTo(404);
        outside.addAll(lookFromOutside(ownBase, null, 403));

        // shared with both
        share(ownBase, release, true, true);
        assertThat(status(member(NEIGHBOUR, get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared/" + release))))
                .isEqualTo(200);
        assertThat(status(national(get("/api/v1/coverage/analyses/shared/" + release))))
                .isEqualTo(200);
        assertThat(status(member(STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/shared/" + release))))
                .isEqualTo(404);
        outside.addAll(lookFromOutside(ownBase, null, 403));

        assertThat(outside)
                .isNotEmpty()
                .allSatisfy(response ->
                        assertThat(response).doesNotContain(workingConcept).doesNotContain(workingNext));
    }

    /**
     * What the neighbour, the non-neighbour and national staff get when they try the region's analysis and the
     * lists shared with them: the region's own addresses are 403 for them; the shared reads answer with
     * {@code sharedStatus} for {@code release} (if given). Returns every body, to be searched for working text.
     */
    private List<String> lookFromOutside(String ownBase, Long release, int sharedStatus) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MockHttpServletRequestBuilder request : List.of(
                member(NEIGHBOUR, get(ownBase)),
                lead(STRANGER, get(ownBase)),
                national(get(ownBase)),
                member(NEIGHBOUR, get(ownBase + "/releases/" + (release == null ? 1 : release))))) {
            MockHttpServletResponse response = call(request, null);
            assertThat(response.getStatus()).isEqualTo(403);
            bodies.add(body(response));
        }
        for (MockHttpServletRequestBuilder request : List.of(
                member(NEIGHBOUR, get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared")),
                lead(STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/shared")),
                national(get("/api/v1/coverage/analyses/shared")),
                national(get("/api/v1/coverage/analyses")))) {
            MockHttpServletResponse response = call(request, null);
            assertThat(response.getStatus()).isEqualTo(200);
            bodies.add(body(response));
        }
        if (release != null) {
            for (MockHttpServletRequestBuilder request : List.of(
                    member(NEIGHBOUR, get("/api/v1/regions/" + NEIGHBOUR + "/analysis/shared/" + release)),
                    lead(STRANGER, get("/api/v1/regions/" + STRANGER + "/analysis/shared/" + release)),
                    national(get("/api/v1/coverage/analyses/shared/" + release)))) {
                MockHttpServletResponse response = call(request, null);
                assertThat(response.getStatus()).isEqualTo(sharedStatus);
                bodies.add(body(response));
            }
        }
        return bodies;
    }

    private void share(String ownBase, long release, boolean neighbours, boolean national) throws Exception {
        MockHttpServletResponse response = call(
                lead(OWN, put(ownBase + "/releases/" + release + "/sharing")),
                "{\"neighbours\":" + neighbours + ",\"national\":" + national + "}");
        assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
    }

    private void problem(MockHttpServletResponse response, int status, String title, String detail) throws Exception {
        String body = body(response);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith("application/problem+json");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (title != null) {
            assertThat(problem.get("title").asString()).isEqualTo(title);
        }
        if (detail != null) {
            assertThat(problem.get("detail").asString()).contains(detail);
        }
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = call(request, null);
        assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
        return json.readTree(body(response));
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return call(request, null).getStatus();
    }

    private int status(MockHttpServletRequestBuilder request, String content) throws Exception {
        return call(request, content).getStatus();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String content) throws Exception {
        if (content != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder lead(String region, MockHttpServletRequestBuilder request) {
        return as("lead." + region, Role.REGIO_LEAD, List.of(region), request);
    }

    private static MockHttpServletRequestBuilder member(String region, MockHttpServletRequestBuilder request) {
        return as("member." + region, Role.REGIO_MEMBER, List.of(region), request);
    }

    private static MockHttpServletRequestBuilder national(MockHttpServletRequestBuilder request) {
        return as("national", Role.NATIONAL, List.of(), request);
    }
}

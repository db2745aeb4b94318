package nl.onderwijsregio.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
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
 * Property-style: generated hostile input (control characters, huge and unicode text, lone surrogates, wrong JSON
 * types, enum ordinals, fractions, out-of-range dates) for the register and priorities write endpoints and the
 * catalogue, register and findings list filters. Never a 5xx, every refusal a problem detail with a detail text, and
 * the region's stored register entries and priorities read back the same. A seeded generator (the seed is printed
 * with every failure; set {@code -Dhostile.seed=N} to replay, {@code -Dhostile.tries=N} for more cases) on plain
 * JUnit Jupiter: jqwik 1.10.1 is built on JUnit Platform 1.14, this build runs JUnit Platform 6 (see issue 15).
 */
class HostileInputMockMvcIT extends MockMvcApiTest {

    static final String REGION = TestRegions.id("rivierenland");
    static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    static final int TRIES = Integer.getInteger("hostile.tries", 60);

    @BeforeAll
    static void fixture(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    private final JsonMapper json = JsonMapper.builder().build();

    // --- generators ---------------------------------------------------------------------------------------------

    /** Text that is never acceptable in a string field: it holds a control character or a lone surrogate. */
    static String hostileText(Random random) {
        StringBuilder text = new StringBuilder(unicodeText(random, random.nextInt(40)));
        String poison = switch (random.nextInt(6)) {
            case 0 -> "\\u0000";
            case 1 -> "\\u0007";
            case 2 -> "\\u001b[31m";
            case 3 -> "\\u007f";
            case 4 -> "\\ud800";
            default -> "\\u0085";
        };
        text.insert(random.nextInt(text.length() + 1), poison);
        return "\"" + text + "\"";
    }

    /** Unicode text (accents, right-to-left, emoji, combining marks), already escaped for a JSON string. */
    static String unicodeText(Random random, int length) {
        String[] pieces = {
            "é", "ß", "ĳ", "ש", "ع", "😀", "👩‍🏫", "e\u0301", "\u200b", "\u202e", "⟦", "\\\"", "\\\\", "'", "a"
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** A JSON value that is never acceptable for a string field. */
    static String notAString(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> hostileText(random);
            case 1 -> "[" + hostileText(random) + "]";
            case 2 -> "{\"x\":1}";
            case 3 -> "\"" + "ä".repeat(4001 + random.nextInt(300_000)) + "\"";
            default -> hostileText(random);
        };
    }

    /** A JSON value that is never acceptable for a whole number, an enum or a date field. */
    static String notAValue(Random random, String kind) {
        return switch (kind) {
            case "int" ->
                List.of("2026.5", "\"twee\"", "1e400", "99999999999999999999", "[2026]", "true", hostileText(random))
                        .get(random.nextInt(7));
            case "enum" ->
                List.of("7", "0", "-1", "\"NOPE\"", "[\"VFPF\"]", "{}", hostileText(random))
                        .get(random.nextInt(7));
            default ->
                List.of(
                                "20261101",
                                "-99999999",
                                "\"1999-12-31\"",
                                "\"2101-01-01\"",
                                "\"2026-13-01\"",
                                "\"+57443-01-05\"",
                                "[2026,11,1]",
                                hostileText(random))
                        .get(random.nextInt(8));
        };
    }

    static String registerBody(Random random) {
        String what = "\"Vijandig " + random.nextInt(1000) + "\"";
        String kind = "\"VFPF\"";
        String holder = "\"Vfpf\"";
        String extra = "";
        switch (random.nextInt(6)) {
            case 0 -> what = notAString(random);
            case 1 -> holder = notAString(random);
            case 2 -> kind = notAValue(random, "enum");
            case 3 -> extra = ",\"requestedOn\":" + notAValue(random, "date");
            case 4 -> extra = ",\"notes\":" + notAString(random);
            default -> extra = ",\"" + unicodeText(random, 3) + "x\":1";
        }
        return "{\"what\":" + what + ",\"sourceText\":\"Eigen bron\",\"holderKind\":" + kind + ",\"holderName\":"
                + holder + extra + "}";
    }

    static String priorityBody(Random random) {
        String title = "\"Vijandig\"";
        String startYear = "2026";
        String sectors = "[\"PO\"]";
        String subTheme = "\"BEGELEIDEN\"";
        switch (random.nextInt(5)) {
            case 0 -> title = notAString(random);
            case 1 -> startYear = notAValue(random, "int");
            case 2 ->
                sectors = List.of("[7]", "\"PO\"", "[" + hostileText(random) + "]", "[null]")
                        .get(random.nextInt(4));
            case 3 -> subTheme = notAValue(random, "enum");
            default -> title = "\"ok\",\"description\":" + notAString(random);
        }
        return "{\"title\":" + title + ",\"subTheme\":" + subTheme + ",\"sectors\":" + sectors + ",\"startYear\":"
                + startYear + ",\"endYear\":2027,\"published\":false}";
    }

    /** A query value: anything, as raw characters (encoded for the URL). */
    static String queryValue(Random random) {
        String raw = switch (random.nextInt(5)) {
            case 0 -> "\u0000";
            case 1 -> "a\u0001b\u001f";
            case 2 -> "é😀ש\u202e" + "x".repeat(random.nextInt(3000));
            case 3 -> String.valueOf(random.nextLong());
            default -> "\ud800";
        };
        return URLEncoder.encode(raw, StandardCharsets.UTF_8);
    }

    // --- properties ---------------------------------------------------------------------------------------------

    @Test
    void hostile_writes_never_fail_with_a_5xx_and_change_nothing() throws Exception {
        long priority = created(
                lead(post("/api/v1/regions/" + REGION + "/priorities")),
                "{\"title\":\"Vast\",\"subTheme\":\"BEGELEIDEN\",\"sectors\":[\"PO\"],\"startYear\":2026,"
                        + "\"endYear\":2027,\"published\":false}");
        long entry = created(
                lead(post("/api/v1/regions/" + REGION + "/register")),
                "{\"what\":\"Vast\",\"sourceText\":\"Eigen bron\",\"holderKind\":\"VFPF\",\"holderName\":\"Vfpf\"}");
        String register = "/api/v1/regions/" + REGION + "/register";
        String priorities = "/api/v1/regions/" + REGION + "/priorities";
        List<Function<Random, Request>> writes = List.of(
                r -> new Request(post(register), registerBody(r)),
                r -> new Request(put(register + "/" + entry + "?revision=1"), registerBody(r)),
                r -> new Request(
                        post(register + "/" + entry + "/status"),
                        r.nextBoolean()
                                ? "{\"on\":\"2026-11-01\",\"revision\":1}"
                                : "{\"to\":" + notAValue(r, "enum") + ",\"on\":" + notAValue(r, "date")
                                        + ",\"revision\":1}"),
                r -> new Request(post(priorities), priorityBody(r)),
                r -> new Request(put(priorities + "/" + priority + "?revision=1"), priorityBody(r)),
                r -> new Request(
                        put(priorities + "/order"),
                        List.of(
                                        "[" + priority + ".5]",
                                        "[\"x\"]",
                                        "{}",
                                        "[null]",
                                        "[" + priority + "," + priority + "]")
                                .get(r.nextInt(5))));

        String before = stored();
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            Request request = writes.get(random.nextInt(writes.size())).apply(random);
            MockHttpServletResponse response = mvc.perform(lead(request.builder())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(request.body()))
                    .andReturn()
                    .getResponse();
            assertRefusedAsProblem(response, "seed " + SEED + ", try " + i + ": " + abbreviated(request.body()));
        }
        assertThat(stored()).as("seed " + SEED).isEqualTo(before);
    }

    @Test
    void hostile_list_filters_never_fail_with_a_5xx() throws Exception {
        List<String> lists = List.of(
                "/api/v1/catalogue?q=%s",
                "/api/v1/catalogue?thema=%s&toegang=%s",
                "/api/v1/catalogue?sector=%s&page=%s",
                "/api/v1/catalogue?size=%s&partner=%s&niveau=%s&subthema=%s",
                "/api/v1/regions/" + REGION + "/register?status=%s",
                "/api/v1/regions/" + REGION + "/register?holderKind=%s&sort=%s",
                "/api/v1/regions/" + REGION + "/register?page=%s&size=%s",
                "/api/v1/regions/" + REGION + "/findings?q=%s&theme=%s&kind=%s",
                "/api/v1/regions/" + REGION + "/feed?from=%s&q=%s");
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            String template = lists.get(random.nextInt(lists.size()));
            Object[] values = new Object[template.split("%s", -1).length - 1];
            for (int v = 0; v < values.length; v++) {
                values[v] = queryValue(random);
            }
            String path = template.formatted(values);
            MockHttpServletResponse response =
                    mvc.perform(lead(get(URI.create(path)))).andReturn().getResponse();
            assertThat(response.getStatus())
                    .as("seed " + SEED + ": " + abbreviated(path) + " " + response.getContentAsString())
                    .isLessThan(500);
            if (response.getStatus() >= 400) {
                assertProblem(response, "seed " + SEED + ": " + abbreviated(path));
            }
        }
    }

    // --- support --------------------------------------------------------------------------------------------------

    record Request(MockHttpServletRequestBuilder builder, String body) {}

    private void assertRefusedAsProblem(MockHttpServletResponse response, String what) throws Exception {
        assertThat(response.getStatus())
                .as(what + " → " + abbreviated(response.getContentAsString(StandardCharsets.UTF_8)))
                .isBetween(400, 499);
        assertProblem(response, what);
    }

    private void assertProblem(MockHttpServletResponse response, String what) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getContentType())
                .as(what + " → " + abbreviated(body))
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(response.getStatus());
        assertThat(problem.path("detail").asString(""))
                .as(what + " → " + abbreviated(body))
                .isNotBlank();
    }

    private String stored() throws Exception {
        return read("/api/v1/regions/" + REGION + "/register?size=200")
                + read("/api/v1/regions/" + REGION + "/priorities");
    }

    private String read(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(lead(get(URI.create(path)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long created(MockHttpServletRequestBuilder request, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        request.contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asLong();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " tekens)" : text;
    }

    private static MockHttpServletRequestBuilder lead(MockHttpServletRequestBuilder request) {
        return InputRulesMockMvcIT.lead(REGION, request);
    }
}

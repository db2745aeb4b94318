package nl.onderwijsregio.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import nl.onderwijsregio.workspace.findings.FindingConflictException;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.ImportRow;
import nl.onderwijsregio.workspace.register.RegisterImport;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.MockMvcApiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 item 6, property-based (jqwik): for every write of the API (register create, update, status step and
 * delete; findings create, update and delete, comments; priorities create, update, delete and order; the region
 * profile), the CSV import and hiding a comment, and for every list filter (catalogue, register, findings, feed,
 * shared findings, coverage including {@code lines} for national staff, comparisons, activity), generated hostile
 * input: wrong JSON types, control characters including NUL, lone surrogates, huge and tiny numbers, long strings,
 * unicode (right-to-left, emoji, combining marks), missing and unknown fields, enum ordinals, malformed and
 * out-of-range dates, malformed ids and revisions, invalid UTF-8 in query strings.
 *
 * <p>Every property asserts: never a 5xx; every 4xx is {@code application/problem+json} with a Dutch title and
 * detail; and for writes, the rows the region has (register, priorities, findings, comments, profile) read back the
 * same after every try. Every generated write is invalid in at least one way, so none may be stored.
 *
 * <p>jqwik runs as its own JUnit Platform engine next to Jupiter (jqwik 1.10.1 runs on this build's JUnit Platform
 * 6); it does not run Spring's Jupiter extension, so the application context comes from Spring's test context cache
 * (the same context as the other {@link MockMvcApiTest}s). The tries are bounded; jqwik prints each property's
 * {@code seed} and replays a failed sample first (its database in {@code target/}); {@code @Property(seed = "…")}
 * replays a run.
 */
class HostileInputPropertiesIT extends MockMvcApiTest {

    static final String REGION = TestRegions.id("rivierenland");
    static final int TRIES = 50;

    static final Pattern ENGLISH = Pattern.compile(
            "Failed to|Required|is not|not supported|Bad Request|Not Found|Internal Server Error|Exception|Whitelabel"
                    + "|Cannot |Unexpected|Unrecognized|must not|must be|Could not|Invalid|Unknown|Access Denied"
                    + "|Spring|Tomcat|Jackson|tools\\.jackson|at org\\.");
    static final Pattern DUTCH = Pattern.compile(
            "(?iu)(^|[^\\p{L}])(de|het|een|niet|geen|is|zijn|van|mag|mogen|moet|of|en|bij|tot|dit|deze|dat|op|in|te"
                    + "|kies|geef|gebruik|controleer|heeft|bestaat|hoogstens|onbekende?|houder|kolom|bestand)([^\\p{L}]|$)");

    static final String PRIORITY = "{\"title\":\"Vaste prioriteit\",\"subTheme\":\"BEGELEIDEN\",\"sectors\":[\"PO\"],"
            + "\"startYear\":2026,\"endYear\":2027,\"published\":false}";
    static final String ENTRY =
            "{\"what\":\"Vaste regel\",\"sourceText\":\"Eigen bron\",\"holderKind\":\"VFPF\",\"holderName\":\"Vfpf\"}";
    static final String FINDING = "{\"title\":\"Vaste bevinding\",\"body\":\"Tekst\",\"theme\":\"Behouden\","
            + "\"subTheme\":\"Begeleiden\",\"kind\":\"INTERVIEW\",\"observedFrom\":\"2026-10-01\",\"published\":true,"
            + "\"visibility\":\"OWN\"}";
    static final String PROFILE = "{\"introduction\":\"Vast profiel\",\"website\":\"https://regio.example\"}";

    static WebApplicationContext context;
    static MockMvc api;
    static long priority;
    static long entry;
    static long finding;
    static long comment;

    /**
     * The security context holder of this test's own application context, as {@code OwnSecurityContextStrategy}
     * installs it for JUnit classes (jqwik does not run Spring's test listeners): another context started in this JVM
     * would otherwise own the holder, and the fixture's person would not be seen by this context's services.
     */
    private static void useOwnSecurityContextStrategy() {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @net.jqwik.api.lifecycle.BeforeProperty
    void ownSecurityContextStrategy() {
        useOwnSecurityContextStrategy();
    }

    @BeforeContainer
    static void fixture() throws Exception {
        context = (WebApplicationContext) new TestContextManager(HostileInputPropertiesIT.class)
                .getTestContext()
                .getApplicationContext();
        api = mockMvc(context);
        useOwnSecurityContextStrategy();
        TestRegions.create(context.getBean(RegionAdministration.class), REGION);
        priority = created(post(priorities()), PRIORITY);
        entry = created(post(register()), ENTRY);
        finding = created(post(findings()), FINDING);
        comment = created(post(findings() + "/" + finding + "/comments"), "{\"body\":\"Vaste reactie\"}");
        assertThat(send(put(region() + "/profile"), PROFILE).getStatus()).isEqualTo(200);
    }

    // ---- properties: writes

    @Property(tries = TRIES)
    void register_writes_are_refused_as_dutch_problems_and_change_nothing(@ForAll("registerWrites") Write write)
            throws Exception {
        assertRefusedAndNothingChanged(write);
    }

    @Property(tries = TRIES)
    void finding_writes_are_refused_as_dutch_problems_and_change_nothing(@ForAll("findingWrites") Write write)
            throws Exception {
        assertRefusedAndNothingChanged(write);
    }

    @Property(tries = TRIES)
    void priority_writes_are_refused_as_dutch_problems_and_change_nothing(@ForAll("priorityWrites") Write write)
            throws Exception {
        assertRefusedAndNothingChanged(write);
    }

    @Property(tries = TRIES)
    void comment_and_profile_writes_are_refused_as_dutch_problems_and_change_nothing(
            @ForAll("commentAndProfileWrites") Write write) throws Exception {
        assertRefusedAndNothingChanged(write);
    }

    /** The CSV import (the register screen's, no API): a preview with errors, and Inlezen refuses and adds nothing. */
    @Property(tries = TRIES)
    void a_hostile_csv_is_previewed_with_dutch_errors_and_imports_nothing(@ForAll("hostileCsv") String csv)
            throws Exception {
        String before = stored();
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        RegisterImport importer = context.getBean(RegisterImport.class);
        AsUser.lead(REGION).run(REGION, () -> {
            try {
                List<ImportRow> rows = importer.preview(file);
                assertThat(rows).as(abbreviated(csv)).anyMatch(ImportRow::error);
                rows.stream()
                        .flatMap(row -> row.errors().stream())
                        .forEach(error -> assertDutch(error.dutch(), abbreviated(csv)));
            } catch (RegisterRuleException refused) {
                assertDutch(refused.getMessage(), abbreviated(csv));
            }
            assertThatThrownBy(() -> importer.commit(file))
                    .as(abbreviated(csv))
                    .isInstanceOf(RegisterRuleException.class)
                    .satisfies(refused -> assertDutch(refused.getMessage(), abbreviated(csv)));
        });
        assertThat(stored()).as(abbreviated(csv)).isEqualTo(before);
    }

    /** Hiding a comment (the finding page's, no API) with ids that are not the region's comment. */
    @Property(tries = TRIES)
    void hiding_a_comment_that_is_not_there_is_refused_and_changes_nothing(
            @ForAll("foreignIds") long findingId, @ForAll("foreignIds") long commentId, @ForAll boolean hidden)
            throws Exception {
        String before = stored();
        long onFinding = findingId == 0 ? finding : findingId;
        long theComment = onFinding == finding && commentId == 0 ? comment + 1_000_000 : commentId;
        FindingService findings = context.getBean(FindingService.class);
        AsUser.lead(REGION)
                .run(
                        REGION,
                        () -> assertThatThrownBy(() -> findings.hideComment(onFinding, theComment, hidden))
                                .isInstanceOfAny(
                                        NoSuchElementException.class,
                                        AccessDeniedException.class,
                                        FindingRuleException.class,
                                        FindingConflictException.class));
        assertThat(stored()).isEqualTo(before);
    }

    // ---- properties: list filters

    @Property(tries = TRIES)
    void catalogue_and_register_filters_never_fail_with_a_5xx(@ForAll("catalogueAndRegisterLists") String path)
            throws Exception {
        assertNoServerError(lead(get(URI.create(path))), path);
    }

    @Property(tries = TRIES)
    void findings_and_feed_filters_never_fail_with_a_5xx(@ForAll("findingLists") String path) throws Exception {
        assertNoServerError(lead(get(URI.create(path))), path);
    }

    @Property(tries = TRIES)
    void coverage_and_other_national_filters_never_fail_with_a_5xx(@ForAll("nationalLists") String path)
            throws Exception {
        assertNoServerError(national(get(URI.create(path))), path);
    }

    // ---- writes: bodies with one flaw or more

    record Write(HttpMethod method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + abbreviated(path) + " " + abbreviated(body);
        }
    }

    /** A field of a request body: its name, kind and whether it must be there. */
    record Field(String name, Kind kind, boolean required) {}

    enum Kind {
        TEXT,
        ENUM,
        DATE,
        INT,
        BOOL,
        ENUMS,
        TEXTS,
        IDS,
        URL,
        EMAIL
    }

    static final List<Field> REGISTER_FIELDS = List.of(
            new Field("what", Kind.TEXT, true),
            new Field("sourceText", Kind.TEXT, false),
            new Field("holderKind", Kind.ENUM, true),
            new Field("holderName", Kind.TEXT, true),
            new Field("granularity", Kind.TEXT, false),
            new Field("period", Kind.TEXT, false),
            new Field("bestuursnummer", Kind.TEXT, false),
            new Field("requestedOn", Kind.DATE, false),
            new Field("receivedOn", Kind.DATE, false),
            new Field("agreementType", Kind.ENUM, false),
            new Field("agreementReference", Kind.TEXT, false),
            new Field("agreementSignedOn", Kind.DATE, false),
            new Field("legalBasis", Kind.TEXT, false),
            new Field("retentionUntil", Kind.DATE, false),
            new Field("contactName", Kind.TEXT, false),
            new Field("contactRole", Kind.TEXT, false),
            new Field("notes", Kind.TEXT, false));

    static final List<Field> FINDING_FIELDS = List.of(
            new Field("title", Kind.TEXT, true),
            new Field("body", Kind.TEXT, false),
            new Field("theme", Kind.ENUM, true),
            new Field("subTheme", Kind.ENUM, false),
            new Field("kind", Kind.ENUM, true),
            new Field("observedFrom", Kind.DATE, true),
            new Field("observedUntil", Kind.DATE, false),
            new Field("sectors", Kind.ENUMS, false),
            new Field("catalogueEntryIds", Kind.TEXTS, false),
            new Field("registerEntryIds", Kind.IDS, false),
            new Field("published", Kind.BOOL, false),
            new Field("visibility", Kind.ENUM, false)); // left out: the own region only (FindingDraft)

    static final List<Field> PRIORITY_FIELDS = List.of(
            new Field("title", Kind.TEXT, true),
            new Field("subTheme", Kind.ENUM, true),
            new Field("description", Kind.TEXT, false),
            new Field("sectors", Kind.ENUMS, true),
            new Field("measures", Kind.TEXT, false),
            new Field("indicator", Kind.TEXT, false),
            new Field("targetValue", Kind.TEXT, false),
            new Field("startYear", Kind.INT, true),
            new Field("endYear", Kind.INT, true),
            new Field("status", Kind.ENUM, false),
            new Field("published", Kind.BOOL, false),
            new Field("catalogueEntryIds", Kind.TEXTS, false),
            new Field("findingIds", Kind.IDS, false));

    static final List<Field> PROFILE_FIELDS = List.of(
            new Field("introduction", Kind.TEXT, false),
            new Field("website", Kind.URL, false),
            new Field("contactEmail", Kind.EMAIL, false));

    static final List<Field> COMMENT_FIELDS = List.of(new Field("body", Kind.TEXT, true));

    static final List<Field> STEP_FIELDS = List.of(
            new Field("to", Kind.ENUM, true), new Field("on", Kind.DATE, false), new Field("revision", Kind.INT, true));

    @Provide
    Arbitrary<Write> registerWrites() {
        String register = register();
        Arbitrary<String> body = flawed(ENTRY, REGISTER_FIELDS);
        return Arbitraries.oneOf(
                body.map(b -> new Write(HttpMethod.POST, register, b)),
                body.map(b -> new Write(HttpMethod.PUT, register + "/" + entry + "?revision=1", b)),
                Combinators.combine(badIds(), Arbitraries.of(ENTRY))
                        .as((id, b) -> new Write(HttpMethod.PUT, register + "/" + id + "?revision=1", b)),
                badRevisions().map(r -> new Write(HttpMethod.PUT, register + "/" + entry + r, changed(ENTRY, "what"))),
                flawed("{\"to\":\"ONTVANGEN\",\"on\":\"2026-11-01\",\"revision\":1}", STEP_FIELDS)
                        .map(b -> new Write(HttpMethod.POST, register + "/" + entry + "/status", b)),
                badIds().map(id -> new Write(
                        HttpMethod.POST,
                        register + "/" + id + "/status",
                        "{\"to\":\"ONTVANGEN\",\"on\":\"2026-11-01\",\"revision\":1}")),
                badIds().map(id -> new Write(HttpMethod.DELETE, register + "/" + id, "")),
                foreignRegions().map(r -> new Write(HttpMethod.POST, "/api/v1/regions/" + r + "/register", ENTRY)));
    }

    @Provide
    Arbitrary<Write> findingWrites() {
        String findings = findings();
        Arbitrary<String> body = flawed(FINDING, FINDING_FIELDS);
        return Arbitraries.oneOf(
                body.map(b -> new Write(HttpMethod.POST, findings, b)),
                body.map(b -> new Write(HttpMethod.PUT, findings + "/" + finding + "?revision=1", b)),
                badIds().map(id -> new Write(HttpMethod.PUT, findings + "/" + id + "?revision=1", FINDING)),
                badRevisions()
                        .map(r -> new Write(HttpMethod.PUT, findings + "/" + finding + r, changed(FINDING, "title"))),
                badIds().map(id -> new Write(HttpMethod.DELETE, findings + "/" + id, "")),
                foreignRegions().map(r -> new Write(HttpMethod.POST, "/api/v1/regions/" + r + "/findings", FINDING)));
    }

    @Provide
    Arbitrary<Write> priorityWrites() {
        String priorities = priorities();
        Arbitrary<String> body = flawed(PRIORITY, PRIORITY_FIELDS);
        Arbitrary<String> orders = Arbitraries.oneOf(
                Arbitraries.of(
                        "[" + priority + ".5]",
                        "[\"" + priority + "x\"]",
                        "{}",
                        "[null]",
                        "[" + priority + "," + priority + "]",
                        "[]",
                        "[9223372036854775807]",
                        "[" + priority + ",99999999]",
                        "[99999999999999999999]",
                        "[-1]",
                        "null",
                        "\"" + priority + "\"",
                        "[[" + priority + "]]",
                        "[" + priority + "]]"),
                poisonText().map(t -> "[" + json(t) + "]"));
        return Arbitraries.oneOf(
                body.map(b -> new Write(HttpMethod.POST, priorities, b)),
                body.map(b -> new Write(HttpMethod.PUT, priorities + "/" + priority + "?revision=1", b)),
                badIds().map(id -> new Write(HttpMethod.PUT, priorities + "/" + id + "?revision=1", PRIORITY)),
                badRevisions()
                        .map(r ->
                                new Write(HttpMethod.PUT, priorities + "/" + priority + r, changed(PRIORITY, "title"))),
                badIds().map(id -> new Write(HttpMethod.DELETE, priorities + "/" + id, "")),
                orders.map(b -> new Write(HttpMethod.PUT, priorities + "/order", b)),
                foreignRegions()
                        .map(r -> new Write(HttpMethod.POST, "/api/v1/regions/" + r + "/priorities", PRIORITY)));
    }

    @Provide
    Arbitrary<Write> commentAndProfileWrites() {
        String comments = findings() + "/" + finding + "/comments";
        return Arbitraries.oneOf(
                flawed("{\"body\":\"Herkenbaar\"}", COMMENT_FIELDS).map(b -> new Write(HttpMethod.POST, comments, b)),
                badIds().map(id ->
                        new Write(HttpMethod.POST, findings() + "/" + id + "/comments", "{\"body\":\"Herkenbaar\"}")),
                flawed(PROFILE, PROFILE_FIELDS).map(b -> new Write(HttpMethod.PUT, region() + "/profile", b)),
                foreignRegions().map(r -> new Write(HttpMethod.PUT, "/api/v1/regions/" + r + "/profile", PROFILE)),
                foreignRegions().map(r -> new Write(HttpMethod.DELETE, "/api/v1/regions/" + r + "/profile", "")));
    }

    /**
     * The valid body {@code base} with one or more flaws: a field with a hostile value for its kind, a required field
     * left out, an unknown field, or a body that is no JSON object at all.
     */
    static Arbitrary<String> flawed(String base, List<Field> fields) {
        Arbitrary<String> fieldFlaw =
                Arbitraries.of(fields).flatMap(field -> badValue(field).map(value -> with(base, field.name(), value)));
        List<Field> required = fields.stream().filter(Field::required).toList();
        Arbitrary<String> unknown = Combinators.combine(text(), Arbitraries.of("1", "null", "\"x\"", "{}", "[]"))
                .as((name, value) -> base.substring(0, base.length() - 1) + ",\"onbekend"
                        + json(name).substring(1) + ":" + value + "}");
        Arbitrary<String> notAnObject = Arbitraries.of(
                "",
                "null",
                "[]",
                "[" + base + "]",
                "42",
                "\"" + base.replace("\"", "\\\"") + "\"",
                base + base,
                base.substring(0, base.length() / 2),
                base.replace(":", "="),
                "{\"\u0000\":1}",
                // just over the 1 MB limit: 413
                base.substring(0, base.length() - 1) + ",\"notes\":\"" + "ä".repeat(600_000) + "\"}");
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> flaws =
                new ArrayList<>(List.of(Tuple.of(6, fieldFlaw), Tuple.of(1, unknown), Tuple.of(1, notAnObject)));
        if (!required.isEmpty()) {
            flaws.add(Tuple.of(2, Arbitraries.of(required).map(field -> with(base, field.name(), null))));
        }
        Arbitrary<String> once = Arbitraries.frequencyOf(flaws);
        // sometimes a second flaw on top (e.g. a bad date in a body that also lacks its title)
        return Arbitraries.oneOf(
                once,
                Combinators.combine(once, Arbitraries.of(fields))
                        .flatAs((flawedBody, field) -> isObject(flawedBody)
                                ? badValue(field).map(value -> with(flawedBody, field.name(), value))
                                : Arbitraries.just(flawedBody)));
    }

    /** A JSON value that the field never accepts. */
    static Arbitrary<String> badValue(Field field) {
        List<Arbitrary<String>> values = new ArrayList<>();
        values.add(poisonText().map(HostileInputPropertiesIT::json));
        values.add(Arbitraries.of("{}", "{\"x\":1}", "[[]]").map(v -> v));
        switch (field.kind()) {
            case TEXT, URL, EMAIL -> {
                values.add(text().map(t -> "[" + json(t) + "]"));
                values.add(text().map(t -> "{\"tekst\":" + json(t) + "}"));
                values.add(Arbitraries.integers().between(20_001, 60_000).map(n -> json(pad(n))));
                if (field.required()) {
                    values.add(Arbitraries.of("null", "\"\"", "\"   \"", "\"\\n\\t\""));
                }
                if (field.name().equals("bestuursnummer")) {
                    values.add(Arbitraries.of("\"12AB\"", "\"-1\"", "\"12345678901\"", "\"١٢٣\""));
                }
                if (field.kind() == Kind.URL) {
                    values.add(Arbitraries.of(
                            "\"javascript:alert(1)\"", "\"ftp://regio.example\"", "\"https://a b\"", "\"//x\""));
                }
                if (field.kind() == Kind.EMAIL) {
                    values.add(Arbitraries.of("\"geen-adres\"", "\"a@b\"", "\"a b@c.nl\"", "\"@regio.nl\""));
                }
            }
            case ENUM -> {
                values.add(Arbitraries.of(
                        "7",
                        "0",
                        "-1",
                        "2.5",
                        "true",
                        "\"NOPE\"",
                        "\"VFPF\\u202e\"",
                        "\"V\\u0301FPF\"",
                        "[\"VFPF\"]",
                        "[\"INTERVIEW\"]",
                        "\"😀\""));
                values.add(Arbitraries.integers().map(String::valueOf));
                if (field.required()) {
                    values.add(Arbitraries.just("null"));
                }
            }
            case DATE -> {
                values.add(Arbitraries.of(
                        "20261101",
                        "-99999999",
                        "1.5",
                        "true",
                        "\"1999-12-31\"",
                        "\"2101-01-01\"",
                        "\"2026-13-01\"",
                        "\"2026-02-30\"",
                        "\"+57443-01-05\"",
                        "\"-0001-01-01\"",
                        "\"26-11-01\"",
                        "\"2026/11/01\"",
                        "\"01-11-2026\"",
                        "\"2026-11-01T00:00:00Z\"",
                        "\"٢٠٢٦-١١-٠١\"",
                        "\"２０２６-１１-０１\"",
                        "[2026,11,1]",
                        "\"morgen\""));
                values.add(Arbitraries.oneOf(
                                Arbitraries.integers().between(0, 1999),
                                Arbitraries.integers().between(2101, 9999))
                        .map(year -> "\"%04d-06-15\"".formatted(year)));
                values.add(Arbitraries.longs().map(String::valueOf));
                if (field.required()) {
                    values.add(Arbitraries.just("null"));
                }
            }
            case INT -> {
                if (field.name().equals("revision")) {
                    // any other whole number is a stale revision (409), but 1 is the current one
                    values.add(Arbitraries.of("1.5", "\"een\"", "1e400", "99999999999999999999", "[1]"));
                    return Arbitraries.oneOf(values);
                }
                values.add(Arbitraries.of(
                        "2026.5",
                        "1e400",
                        "-1e400",
                        "99999999999999999999",
                        "-99999999999999999999",
                        "[2026]",
                        "\"twee\"",
                        "NaN",
                        "0x7E8"));
                values.add(Arbitraries.oneOf(
                                Arbitraries.integers().between(Integer.MIN_VALUE, 2025),
                                Arbitraries.integers().between(2030, Integer.MAX_VALUE))
                        .map(String::valueOf));
                if (field.required()) {
                    values.add(Arbitraries.just("null"));
                }
            }
            case BOOL -> values.add(Arbitraries.of("\"ja\"", "[true]", "\"waar\"", "1.5"));
            case ENUMS -> {
                values.add(Arbitraries.of(
                        "[7]", "[\"NOPE\"]", "[null]", "\"PO\"", "[[\"PO\"]]", "[\"PO\",7]", "[\"PO\\u0000\"]"));
                if (field.required()) {
                    values.add(Arbitraries.of("[]", "null"));
                }
            }
            case TEXTS -> {
                values.add(poisonText().map(t -> "[" + json(t) + "]"));
                values.add(Arbitraries.of("[null]", "[{}]", "\"e056\"", "[[\"e056\"]]", "[\"bestaat-niet\"]"));
            }
            case IDS ->
                values.add(Arbitraries.of(
                        "[1.5]",
                        "[\"x\"]",
                        "[null]",
                        "[99999999999999999999]",
                        "[9223372036854775807]",
                        "[-1]",
                        "[0]",
                        "7",
                        "[[1]]"));
        }
        return Arbitraries.oneOf(values);
    }

    /** Ids of no row of the region, in the path: unknown, negative, too large for a long, no number. */
    static Arbitrary<String> badIds() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "0",
                        "-1",
                        "9223372036854775807",
                        "9223372036854775808",
                        "99999999999999999999",
                        "1.5",
                        "1e3",
                        "abc",
                        "%F0%9F%98%80",
                        "%E2%80%AE1",
                        "%20",
                        "0x10",
                        "NaN"),
                Arbitraries.longs().between(50_000_000L, Long.MAX_VALUE).map(String::valueOf));
    }

    /** A {@code revision} parameter that is not the current one (or none, or no number). */
    static Arbitrary<String> badRevisions() {
        return Arbitraries.of(
                "",
                "?revision=",
                "?revision=abc",
                "?revision=1.5",
                "?revision=99999999999",
                "?revision=-1",
                "?revision=0",
                "?revision=999",
                "?revision=%00",
                "?revision=%F0%9F%98%80",
                "?revisie=1");
    }

    /** Regions in the path that are not the signed-in person's. */
    static Arbitrary<String> foreignRegions() {
        return Arbitraries.of(
                "bestaat-niet", "veenland", "%E2%80%AE" + REGION, REGION.toUpperCase(), REGION + "x", "%20");
    }

    /** Ids of findings and comments for the hide action: unknown (0 means: the region's own finding). */
    @Provide
    Arbitrary<Long> foreignIds() {
        return Arbitraries.oneOf(
                Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE),
                Arbitraries.longs().between(50_000_000L, Long.MAX_VALUE));
    }

    // ---- the CSV import

    @Provide
    Arbitrary<String> hostileCsv() {
        String header = "Catalogusbron;Wat;Soort houder;Houder;Bestuursnummer;Notities";
        Arbitrary<List<String>> good = Combinators.combine(text(), text())
                .as((what, holder) -> List.of("", "Import " + what + "x", "Vfpf", "Vfpf " + holder, "", "notitie"));
        Arbitrary<List<String>> bad = Combinators.combine(
                        good, Arbitraries.integers().between(0, 5), poisonText(false), Arbitraries.integers())
                .as((row, column, poison, choice) -> {
                    List<String> cells = new ArrayList<>(row);
                    switch (Math.floorMod(choice, 6)) {
                        case 0, 1 -> cells.set(column, cells.get(column) + poison);
                        case 2 -> cells.set(2, "Onbekende houder");
                        case 3 -> cells.set(4, "12AB");
                        case 4 -> cells.set(1, pad(2001));
                        default -> cells.set(1, "");
                    }
                    return cells;
                });
        Arbitrary<String> rows = Combinators.combine(good.list().ofMaxSize(3), bad, Arbitraries.integers())
                .as((goods, poisoned, at) -> {
                    List<List<String>> all = new ArrayList<>(goods);
                    all.add(Math.floorMod(at, all.size() + 1), poisoned);
                    return header + "\r\n"
                            + all.stream()
                                    .map(HostileInputPropertiesIT::csvLine)
                                    .collect(Collectors.joining("\r\n"))
                            + "\r\n";
                });
        Arbitrary<String> wholeFile = Arbitraries.of(
                "",
                "\r\n",
                "Wat;Houder\r\nIets;Iemand\r\n",
                "\u0000;\u0000\r\n",
                header.replace("Wat", "W\u0000at") + "\r\n\"\";\"Iets\";\"Vfpf\";\"Vfpf\";\"\";\"\"\r\n",
                header + "\r\n" + ";Iets;Vfpf;Vfpf;;\r\n".repeat(2_001),
                header + "\r\n" + "\"\";\"" + "ä".repeat(600_000) + "\";\"Vfpf\";\"Vfpf\";\"\";\"\"\r\n");
        return Arbitraries.frequencyOf(Tuple.of(6, rows), Tuple.of(1, wholeFile));
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(";"));
    }

    // ---- list filters

    @Provide
    Arbitrary<String> catalogueAndRegisterLists() {
        return Arbitraries.oneOf(
                query(
                        "/api/v1/catalogue",
                        "q",
                        "thema",
                        "subthema",
                        "partner",
                        "niveau",
                        "toegang",
                        "sector",
                        "page",
                        "size"),
                query("/api/v1/catalogue/dcat", "format", "q"),
                query("/api/v1/catalogue/partners", "q"),
                badIds().map(id -> "/api/v1/catalogue/" + id),
                query(register(), "status", "holderKind", "sort", "page", "size"));
    }

    @Provide
    Arbitrary<String> findingLists() {
        return Arbitraries.oneOf(
                query(findings(), "scope", "q", "theme", "kind", "visibility", "page", "size"),
                query(region() + "/feed", "q", "theme", "kind", "from", "page", "size"),
                query(region() + "/activity", "limit"),
                query(region() + "/priorities/compare", "regions"),
                query(findings() + "/" + finding + "/comments", "page"),
                badIds().map(id -> findings() + "/" + id + "/comments"));
    }

    @Provide
    Arbitrary<String> nationalLists() {
        return Arbitraries.oneOf(
                query("/api/v1/coverage/lines", "region", "theme", "entry", "status", "received"),
                Arbitraries.of("matrix", "sources", "gaps", "priorities", "findings", "trend")
                        .flatMap(table -> query("/api/v1/coverage/" + table, "region", "from")),
                Combinators.combine(
                                Arbitraries.oneOf(
                                        Arbitraries.of("MATRIX", "TREND", "matrix", "7", "NOPE", "%20", "x.csv"),
                                        text().filter(t -> t.chars().noneMatch(c -> "%;\\/".indexOf(c) >= 0))
                                                .map(HostileInputPropertiesIT::percentEncoded)),
                                queryValue())
                        // control characters and invalid UTF-8 in a path Tomcat refuses, an encoded '%', ';', '\' or
                        // '/' the firewall, before the layer MockMvc runs (a Dutch problem: ErrorsAndHeadersIT)
                        .as((table, format) -> "/api/v1/coverage/export/" + table + "?format=" + format),
                query("/api/v1/findings", "q", "theme", "kind", "from", "page", "size"),
                query("/api/v1/priorities/compare", "regions"));
    }

    /** {@code path} with some of {@code parameters} (some repeated, some unknown), each with a hostile value. */
    static Arbitrary<String> query(String path, String... parameters) {
        List<String> names = new ArrayList<>(List.of(parameters));
        names.add("onbekend");
        Arbitrary<String> pair =
                Combinators.combine(Arbitraries.of(names), queryValue()).as((name, value) -> name + "=" + value);
        return pair.list().ofMinSize(1).ofMaxSize(4).map(pairs -> path + "?" + String.join("&", pairs));
    }

    /** A query value, percent-encoded: control characters, invalid UTF-8, huge numbers, long and odd text. */
    static Arbitrary<String> queryValue() {
        return Arbitraries.oneOf(
                poisonText().map(HostileInputPropertiesIT::percentEncoded),
                text().map(HostileInputPropertiesIT::percentEncoded),
                Arbitraries.of(
                        "",
                        "%00",
                        "%C0%80",
                        "%FF",
                        "%ED%A0%80",
                        "%E2%82",
                        "%F4%90%80%80",
                        "99999999999999999999",
                        "-2147483649",
                        "2147483648",
                        "1e400",
                        "NaN",
                        "-0",
                        "0x10",
                        "7",
                        "-1",
                        "2026-13-01",
                        "1999-12-31",
                        "%2B57443-01-05",
                        "PO",
                        "CLOSED",
                        "ONTVANGEN",
                        "Behouden",
                        "SHARED_WITH_ALL",
                        "true",
                        "%25",
                        "%26%3D"),
                Arbitraries.integers().between(2_000, 6_000).map(n -> "x".repeat(n)),
                Arbitraries.longs().map(String::valueOf));
    }

    // ---- text generators

    static final List<String> PIECES = List.of(
            "é",
            "ß",
            "ĳ",
            "ש",
            "ع",
            "😀",
            "👩\u200d🏫",
            "e\u0301",
            "\u200b",
            "\u202e",
            "\u200f",
            "⟦",
            "\"",
            "\\",
            "'",
            "a",
            " ",
            "<b>",
            "&amp;",
            "%",
            ";",
            "\ufeff",
            "𝔘");

    /** Unicode text without control characters: accents, right-to-left, emoji, combining marks, markup. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces)),
                Arbitraries.strings().withCharRange('\u00a0', '\ud7ff').ofMaxLength(20));
    }

    /** Text that is never acceptable: it holds a control character (not a line break or tab) or a lone surrogate. */
    static Arbitrary<String> poisonText() {
        return poisonText(true);
    }

    /** Control characters, and lone surrogates if {@code surrogates} (a file in UTF-8 cannot hold those). */
    static Arbitrary<String> poisonText(boolean surrogates) {
        List<Character> poisons = new ArrayList<>(List.of(
                '\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f'));
        if (surrogates) {
            poisons.addAll(List.of('\ud800', '\udbff', '\udc00', '\udfff'));
        }
        Arbitrary<Character> poison =
                Arbitraries.oneOf(Arbitraries.of(poisons), Arbitraries.chars().range('\u0000', '\u0008'));
        return Combinators.combine(text(), poison, Arbitraries.integers().between(0, 1000))
                .as((text, c, at) -> {
                    int position = Math.min(at, text.length());
                    // never split a surrogate pair, so that the only lone surrogate is the poison
                    if (position > 0 && position < text.length() && Character.isLowSurrogate(text.charAt(position))) {
                        position--;
                    }
                    return text.substring(0, position) + c + text.substring(position);
                });
    }

    static String pad(int length) {
        return "ä".repeat(length);
    }

    /** {@code text} as a JSON string: control characters and lone surrogates escaped, the rest as UTF-8. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append("\\u%04x".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Every byte of the UTF-8 form (lone surrogates as their three-byte form) percent-encoded. */
    static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {
                    (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))
                };
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append("%02X".formatted(b & 0xFF));
            }
        }
        return out.toString();
    }

    /**
     * A valid body that differs from the stored row ({@code field} changed): an unchanged body is a documented no-op
     * (200 with the row as it is, whatever the revision), a changed one must carry the current revision.
     */
    static String changed(String body, String field) {
        return with(body, field, "\"Gewijzigd door een verouderde revisie\"");
    }

    /** {@code body} with {@code field} set to {@code value} (a JSON fragment), or left out when {@code null}. */
    static String with(String body, String field, String value) {
        Map<String, String> fields = fragments(body);
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The top-level fields of a flat JSON object as raw fragments, in order. */
    static Map<String, String> fragments(String body) {
        JsonNode node = new JsonMapper().readTree(body);
        Map<String, String> fields = new LinkedHashMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(), e.getValue().toString()));
        return fields;
    }

    static boolean isObject(String body) {
        try {
            return new JsonMapper().readTree(body).isObject();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    // ---- assertions

    private void assertRefusedAndNothingChanged(Write write) throws Exception {
        String before = stored();
        MockHttpServletRequestBuilder request = request(write.method(), URI.create(write.path()));
        if (!write.body().isEmpty() || write.method() != HttpMethod.DELETE) {
            request.contentType(MediaType.APPLICATION_JSON).content(write.body().getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response =
                api.perform(lead(request)).andReturn().getResponse();
        Statistics.label("status").collect(response.getStatus());
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(write + " → " + abbreviated(body)).isBetween(400, 499);
        assertDutchProblem(response, write.toString());
        assertThat(stored()).as(write.toString()).isEqualTo(before);
    }

    private static void assertNoServerError(MockHttpServletRequestBuilder request, String path) throws Exception {
        MockHttpServletResponse response = api.perform(request).andReturn().getResponse();
        Statistics.label("status").collect(response.getStatus());
        assertThat(response.getStatus())
                .as(abbreviated(path) + " → " + abbreviated(response.getContentAsString(StandardCharsets.UTF_8)))
                .isLessThan(500);
        if (response.getStatus() >= 400) {
            assertDutchProblem(response, abbreviated(path));
        }
    }

    private static void assertDutchProblem(MockHttpServletResponse response, String what) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getContentType())
                .as(what + " → " + abbreviated(body))
                .startsWith("application/problem+json");
        JsonNode problem = new JsonMapper().readTree(body);
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.getStatus());
        String title = problem.path("title").asString("");
        assertThat(title).as(what + " → " + abbreviated(body)).isNotBlank().doesNotContainPattern(ENGLISH);
        String english = ProblemTexts.title(response.getStatus(), true);
        if (!english.equals(ProblemTexts.title(response.getStatus(), false))) {
            assertThat(title).as(what + " → " + abbreviated(body)).isNotEqualTo(english);
        }
        assertDutch(problem.path("detail").asString(""), what + " → " + abbreviated(body));
    }

    private static void assertDutch(String text, String what) {
        assertThat(text).as(what).isNotBlank().doesNotContainPattern(ENGLISH).containsPattern(DUTCH);
    }

    // ---- support

    /** What the region has stored: its register, priorities, findings, the comments on its finding, its profile. */
    private static String stored() throws Exception {
        return read(register() + "?size=200")
                + read(priorities())
                + read(findings() + "?size=200")
                + read(findings() + "/" + finding + "/comments")
                + read(region() + "/profile");
    }

    private static String read(String path) throws Exception {
        MockHttpServletResponse response =
                api.perform(lead(get(URI.create(path)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static long created(MockHttpServletRequestBuilder request, String body) throws Exception {
        MockHttpServletResponse response = send(request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return new JsonMapper()
                .readTree(response.getContentAsString())
                .get("id")
                .asLong();
    }

    private static MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return api.perform(lead(request.contentType(MediaType.APPLICATION_JSON).content(body)))
                .andReturn()
                .getResponse();
    }

    static String region() {
        return "/api/v1/regions/" + REGION;
    }

    static String register() {
        return region() + "/register";
    }

    static String findings() {
        return region() + "/findings";
    }

    static String priorities() {
        return region() + "/priorities";
    }

    static String abbreviated(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " tekens)" : text;
        return IntStream.range(0, shown.length())
                .mapToObj(i -> Character.isISOControl(shown.charAt(i))
                        ? "\\u%04x".formatted((int) shown.charAt(i))
                        : String.valueOf(shown.charAt(i)))
                .collect(Collectors.joining());
    }

    private static MockHttpServletRequestBuilder lead(MockHttpServletRequestBuilder request) {
        return as("lead." + REGION, Role.REGIO_LEAD, List.of(REGION), request);
    }

    private static MockHttpServletRequestBuilder national(MockHttpServletRequestBuilder request) {
        return as("national.hostile", Role.NATIONAL, List.of(), request);
    }
}

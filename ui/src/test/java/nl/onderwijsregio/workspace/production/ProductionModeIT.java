package nl.onderwijsregio.workspace.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.onderwijsregio.workspace.keycloak.RealmFiles;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.KeycloakAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The packaged app as production runs it: {@code WORKSPACE_PRODUCTION=true} against a PostgreSQL server of its own
 * and Keycloak in production mode with the base realm (see {@link ProductionStack}), two instances on one database.
 * A person logs in in the browser, writes through the API with a token and sees it on the page; a catalogue edit on
 * one instance is found by a search on the other within a second; health answers on both; the retention watch, fired
 * every two seconds on both, runs once. Then the faults of issue 20: the database server restarts while people save
 * (register entries, findings, priority reorders on both instances), and one instance is killed with SIGKILL while they
 * save and started again — afterwards every acknowledged write is there exactly once, nothing is there twice or half,
 * every refusal was a Dutch 503, and the app came back by itself ({@link WriteLoad}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REGION = "proefregio";
    private static final String LEAD = "proef.lead";
    private static final String MAINTAINER = "proef.catalogus";
    private static final String CHECK_CLIENT = "production-check";

    private static ProductionStack stack;
    private static String first;
    private static String second;
    private static String password;
    private static Path app;
    private static int firstPort;
    private static Process firstProcess;
    private static final List<Long> priorityIds = new java.util.ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        ProductionStack.psql();
        stack = new ProductionStack();
        stack.startDatabase();
        firstPort = Processes.freePort();
        int secondPort = Processes.freePort();
        first = "http://localhost:" + firstPort;
        second = "http://localhost:" + secondPort;
        // Keycloak (the slowest) and the apps start side by side: the app needs no Keycloak to start.
        stack.startKeycloak(first);
        app = stack.extractAndMigrate();
        stack.createRegion(REGION, "Proefregio Productie");
        Process a = stack.startApp(app, firstPort);
        firstProcess = a;
        Process b = stack.startApp(app, secondPort);
        stack.awaitKeycloak();
        KeycloakAdmin admin = KeycloakAdmin.of(stack.keycloakUrl(), RealmFiles.REALM, "admin", stack.adminPassword());
        password = Processes.secret();
        prepareRealm(admin);
        CompletableFuture.allOf(ready("app-" + firstPort, a, first), ready("app-" + secondPort, b, second))
                .join();
    }

    private static CompletableFuture<Void> ready(String name, Process process, String url) {
        return CompletableFuture.runAsync(() -> {
            try {
                Processes.awaitOk(name, process, url + "/actuator/health/readiness", Duration.ofMinutes(4));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A region group, a lead and a catalogue maintainer, and a password-grant client for this check only. */
    private static void prepareRealm(KeycloakAdmin admin) {
        admin.createRegionGroup(REGION);
        admin.createUser(LEAD, password, "regio-lead", "/regio's/" + REGION);
        admin.createUser(MAINTAINER, password, "catalogue-admin", null);
        admin.createPasswordClientLike(CHECK_CLIENT, "workspace");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void both_instances_are_healthy_in_production_mode() throws Exception {
        for (String app : new String[] {first, second}) {
            HttpResponse<String> health = get(app + "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
            assertThat(get(app + "/actuator/health/liveness", null).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void a_lead_logs_in_in_the_browser_writes_with_a_token_and_sees_it() throws Exception {
        String token = token(LEAD);
        // the first token makes the instance fetch Keycloak's keys; a slow Keycloak answers that with 503 (retry)
        HttpResponse<String> me = get(first + "/api/v1/me", token);
        for (int i = 0; i < 30 && me.statusCode() == 503; i++) {
            Thread.sleep(1000);
            me = get(first + "/api/v1/me", token);
        }
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(REGION).contains("regio-lead");

        String text = "Productieproef " + System.nanoTime();
        HttpResponse<String> written =
                send(HttpRequest.newBuilder(URI.create(first + "/api/v1/regions/" + REGION + "/profile"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"introduction\":\"" + text + "\"}"))
                        .build());
        assertThat(written.statusCode()).as(written.body()).isBetween(200, 204);

        try (Browser browser = new Browser("production-mode")) {
            browser.open(first + "/");
            browser.waitForText(By.tagName("h1"), "Werkruimte Onderwijsregio's");
            browser.logInAtKeycloak(LEAD, password);
            browser.waitForText(By.tagName("h1"), "Proefregio Productie");
            browser.waitForText(By.tagName("body"), text);
            browser.shot("home-with-profile");
        }
    }

    @Test
    @Order(3)
    void a_catalogue_edit_on_one_instance_is_found_on_the_other_within_a_second() throws Exception {
        String token = token(MAINTAINER);
        String word = "tweeinstantiesproef" + System.nanoTime() % 100000;
        assertThat(total(second, word, token)).isZero();
        try (Browser browser = new Browser("production-catalogue")) {
            browser.open(first + "/catalogus?bron=e019");
            browser.logInAtKeycloak(MAINTAINER, password);
            browser.click(browser.waitFor(By.id("edit-entry")));
            WebElement information = browser.waitFor(By.cssSelector("#entry-information textarea"));
            information.sendKeys(" " + word);
            browser.click(browser.waitFor(By.id("save-entry")));
            browser.waitForText(By.id("entry-title"), word);
            long saved = System.nanoTime();
            long found = -1;
            while (System.nanoTime() - saved < Duration.ofSeconds(5).toNanos()) {
                if (total(second, word, token) == 1) {
                    found = System.nanoTime();
                    break;
                }
            }
            assertThat(found).as("the second instance finds the edit").isPositive();
            assertThat(Duration.ofNanos(found - saved)).isLessThan(Duration.ofSeconds(1));
            browser.shot("edited");
        }
    }

    @Test
    @Order(4)
    void the_retention_watch_runs_once_although_both_instances_fire_it_every_two_seconds() throws Exception {
        // both instances have been up far longer than the two-second period by now; give them some more firings
        Thread.sleep(Duration.ofSeconds(5));
        assertThat(retentionRuns())
                .as("retention watch runs in both logs together")
                .isEqualTo(1);
        try (var owner = stack.ownerConnection();
                var locks = owner.createStatement()
                        .executeQuery(
                                "select count(*) from scheduled_job_lock where job = 'register.retention-watch'")) {
            locks.next();
            assertThat(locks.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void acknowledged_writes_survive_a_database_restart_and_the_app_recovers_by_itself() throws Exception {
        String token = token(LEAD);
        WriteLoad load = new WriteLoad(List.of(first, second), REGION, token, priorities(token)).start(6);
        Thread.sleep(Duration.ofSeconds(3));
        long down = System.nanoTime();
        stack.restartDatabase();
        long up = System.nanoTime();
        Duration healthy = untilReady(List.of(first, second), Duration.ofSeconds(15));
        Thread.sleep(Duration.ofSeconds(3));
        List<WriteLoad.Outcome> outcomes = load.stop();

        System.out.printf(
                "Database restart: down for %d ms, both instances ready %d ms after it was back; answers %s%n",
                Duration.ofNanos(up - down).toMillis(), healthy.toMillis(), WriteLoad.summary(outcomes));
        assertThat(outcomes)
                .as("writes acknowledged before the restart")
                .anyMatch(o -> o.acknowledged() && o.atNanos() < down);
        assertThat(outcomes)
                .as("writes acknowledged after the restart, without restarting the app")
                .anyMatch(o -> o.acknowledged() && o.atNanos() > up);
        try (var owner = stack.ownerConnection()) {
            load.verify(outcomes, owner, false);
        }
    }

    @Test
    @Order(6)
    void acknowledged_writes_survive_an_instance_killed_with_sigkill_and_it_starts_again() throws Exception {
        String token = token(LEAD);
        WriteLoad load = new WriteLoad(List.of(first), REGION, token, priorities(token)).start(4);
        Thread.sleep(Duration.ofSeconds(3));
        long killed = System.nanoTime();
        Processes.kill(firstProcess);
        Thread.sleep(Duration.ofSeconds(1));
        List<WriteLoad.Outcome> outcomes = load.stop();

        firstProcess = stack.startApp(app, firstPort, "app-" + firstPort + "-after-kill");
        ready("app-" + firstPort + "-after-kill", firstProcess, first).join();
        long back = System.nanoTime();
        WriteLoad after = new WriteLoad(List.of(first), REGION, token(LEAD), priorities(token)).start(2);
        Thread.sleep(Duration.ofSeconds(2));
        List<WriteLoad.Outcome> afterwards = after.stop();

        System.out.printf(
                "SIGKILL: instance back %d ms after the kill; answers before %s, after %s%n",
                Duration.ofNanos(back - killed).toMillis(), WriteLoad.summary(outcomes), WriteLoad.summary(afterwards));
        assertThat(outcomes)
                .as("writes acknowledged before the kill")
                .anyMatch(o -> o.acknowledged() && o.atNanos() < killed);
        assertThat(afterwards)
                .as("the restarted instance takes writes")
                .isNotEmpty()
                .allMatch(o -> o.acknowledged());
        try (var owner = stack.ownerConnection()) {
            load.verify(outcomes, owner, true);
            after.verify(afterwards, owner, false);
        }
        assertThat(retentionRuns())
                .as("the restarted instance does not run the retention watch again")
                .isEqualTo(1);
    }

    /** The lines in which either instance reports a finished retention watch (all of their logs). */
    private static long retentionRuns() throws Exception {
        long runs = 0;
        try (var logs = java.nio.file.Files.list(Processes.DIR)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("app-"))
                    .toList()) {
                try (var lines = java.nio.file.Files.lines(log)) {
                    runs += lines.filter(l -> l.contains("Retention watch marked"))
                            .count();
                }
            }
        }
        return runs;
    }

    /** Three priorities of the region for the reorders (made once), by id. */
    private static List<Long> priorities(String token) throws Exception {
        if (priorityIds.isEmpty()) {
            for (int i = 1; i <= 3; i++) {
                HttpResponse<String> created =
                        send(HttpRequest.newBuilder(URI.create(first + "/api/v1/regions/" + REGION + "/priorities"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Foutproef " + i
                                        + "\",\"theme\":\"BEHOUDEN\",\"subTheme\":\"BEGELEIDEN\",\"sectors\":[\"PO\"],\"startYear\":2026,"
                                        + "\"endYear\":2027}"))
                                .build());
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                priorityIds.add(RealmFiles.parse(created.body()).path("id").asLong());
            }
        }
        return priorityIds;
    }

    /** Waits until every instance answers its readiness check with 200; returns how long that took. */
    private static Duration untilReady(List<String> apps, Duration timeout) throws Exception {
        long start = System.nanoTime();
        for (String url : apps) {
            while (true) {
                int status;
                try {
                    status = get(url + "/actuator/health/readiness", null).statusCode();
                } catch (java.io.IOException e) {
                    status = -1;
                }
                if (status == 200) {
                    break;
                }
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as(url + " ready again")
                        .isLessThan(timeout);
                Thread.sleep(100);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static int total(String app, String word, String token) throws Exception {
        HttpResponse<String> response = get(app + "/api/v1/catalogue?q=" + word, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = RealmFiles.parse(response.body());
        return body.path("total").asInt();
    }

    private static String token(String username) throws Exception {
        String form = "grant_type=password&client_id=" + CHECK_CLIENT + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        // Keycloak shares the restarted database server: it may answer 500 until its own pool has reconnected
        for (int i = 0; i < 30 && response.statusCode() >= 500; i++) {
            Thread.sleep(1000);
            response = send(request);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RealmFiles.parse(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

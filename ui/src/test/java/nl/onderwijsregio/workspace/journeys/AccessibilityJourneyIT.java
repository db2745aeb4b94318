package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.Suggestion;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Audit;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route and every dialog of the app, as each demo persona that sees it, in Dutch and in English (the browser's
 * language) and each screen at 1280×900 and at 390×844 ({@link ScreenWalk}): axe-core ({@code Axe.TAGS}: WCAG 2.0/2.1
 * A/AA and best practice) finds no violation on any of them, no screen scrolls sideways on the phone, and a screenshot
 * of each is written to {@code ui/target/journeys/<persona>-<screen>-<lang>-<width>.png}. One login per persona and
 * language; the two languages of a persona walk at the same time, in two browsers ({@link #inEachLanguage}). {@link #ROUTES} lists every screen of the app ({@link EveryRouteIsWalkedTest} keeps it complete) and the
 * walks together must visit all of it.
 */
class AccessibilityJourneyIT extends FullStackTest {

    /** Every route and error page of the app, with the walk that visits it. */
    static final Map<String, String> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("", "every persona"),
            Map.entry("welkom", "visitor"),
            Map.entry("catalogus", "visitor, lead, member, catalogus"),
            Map.entry("catalogus/partners", "visitor, lead, catalogus"),
            Map.entry("catalogus/wijzigingen", "lead, catalogus"),
            Map.entry("catalogus/voorstellen", "lead, member, catalogus"),
            Map.entry("register", "lead, member"),
            Map.entry("bevindingen", "lead, member, national"),
            Map.entry("bevindingen/:id", "lead"),
            Map.entry("prioriteiten", "lead, member"),
            Map.entry("prioriteiten/vergelijken", "lead, national"),
            Map.entry("analyse", "lead, member"),
            Map.entry("analyse/hoofdstuk/:id", "lead"),
            Map.entry("analyse/versie/:id", "lead (a neighbour's shared version)"),
            Map.entry("analyse/sjabloon", "catalogus"),
            Map.entry("buurregios", "lead"),
            Map.entry("logboek", "lead, beheer"),
            Map.entry("gegevens", "lead, beheer"),
            Map.entry("mijn-gegevens", "member, beheer"),
            Map.entry("team", "lead (with the removal dialog), member (read only)"),
            Map.entry("instellingen/e-mail", "member"),
            Map.entry("afmelden", "visitor (an unknown link)"),
            Map.entry("landelijk", "national (every part), beheer"),
            Map.entry("landelijk/analyse/:id", "national"),
            Map.entry("beheer", "beheer"),
            Map.entry("beheer/gebieden", "beheer"),
            Map.entry("binnenkort/:section", "visitor (every section is built: the page says not found)"),
            Map.entry("!NotFoundView", "visitor"),
            Map.entry("!AccessDeniedView", "member (the Logboek)"),
            Map.entry("!ErrorView", "visitor (a test route that fails: FailingRoute)")));

    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final int WALKS = 7;
    private static final Object SAVED_MEANWHILE = new Object();
    private static final Set<String> VISITED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger WALKED = new AtomicInteger();

    @Autowired
    AnalysisService analyses;

    @Autowired
    CatalogueSuggestions suggestions;

    @Autowired
    RegionProfileService profiles;

    /** The route template {@code path} is on (its query left out), or the path itself when none matches. */
    static String routeOf(String path) {
        String bare = path.replaceFirst("[?#].*$", "").replaceFirst("^/", "");
        return ROUTES.keySet().stream()
                .filter(route -> !route.startsWith("!"))
                .filter(route -> bare.matches(route.replaceAll(":[a-z]+", "[^/]+")))
                .findFirst()
                .orElse(bare);
    }

    @AfterAll
    static void every_dialog_was_opened() {
        if (WALKED.get() >= WALKS) {
            WalkedDialogs.assertAllOpened(VISITED);
        }
    }

    @AfterAll
    static void every_route_was_visited() {
        if (WALKED.get() >= WALKS) { // all walks ran (not one picked on its own)
            assertThat(VISITED).as("routes the walks visited").containsAll(ROUTES.keySet());
        }
    }

    @Test
    void a_visitor_sees_the_landing_page_the_public_catalogue_and_the_error_pages_without_violations()
            throws Exception {
        inEachLanguage(language -> {
            try (Browser browser = new Browser("a11y-visitor-" + language, language)) {
                Audit audit = new Audit(browser);
                ScreenWalk walk = new ScreenWalk(browser, audit, "visitor", VISITED);
                walk.page("welcome", "/welkom");
                walk.page("catalogue", "/catalogus");
                walk.clickFirst(By.cssSelector(".hit-title"));
                browser.waitFor(By.id("entry-title"));
                walk.check("catalogue-entry");
                walk.page("partners", "/catalogus/partners");
                walk.page("home", "/");
                walk.page("not-found", "/bestaat-niet");
                VISITED.add("!NotFoundView");
                walk.page("upcoming", "/binnenkort/register");
                walk.page("unsubscribe", "/afmelden?token=onbekend");
                walk.page("error", "/" + FailingRoute.ROUTE);
                assertThat(browser.driver().getTitle()).doesNotContain("404");
                VISITED.add("!ErrorView");
                System.out.println("Walk " + walk.summary());
                audit.assertNoViolations();
                assertThat(browser.consoleErrors())
                        .as("no 404 (the favicon) on any page")
                        .noneMatch(e -> e.contains("404") && !e.contains("bestaat-niet") && !e.contains("binnenkort"));
            }
        });
        WALKED.incrementAndGet();
    }

    @Test
    void the_favicon_answers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/favicon.ico", "/icons/favicon.svg")) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(APP + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("image/");
            assertThat(response.body()).isNotEmpty();
        }
    }

    @Test
    void a_region_lead_sees_every_screen_and_dialog_without_violations() throws Exception {
        AsUser lead = AsUser.lead("noordkust");
        // the profile's clearing is offered (and walked) only when there is a profile
        boolean hadProfile =
                lead.call("noordkust", () -> profiles.currentProfile().isPresent());
        if (!hadProfile) {
            lead.call("noordkust", () -> profiles.save(new ProfileChange("Een regio aan de kust.", null, null)));
        }
        // establishing is offered (and walked) only before the analysis is vastgesteld; another journey of the same
        // run may have established it already: then the next version is begun, as the lead would
        lead.run(
                "noordkust",
                () -> analyses.current()
                        .filter(a -> a.status() == AnalysisStatus.VASTGESTELD)
                        .ifPresent(a ->
                                analyses.changeStatus(a.id(), a.revision(), AnalysisStatus.CONCEPT, false, false)));
        try {
            leadWalk();
        } finally {
            if (!hadProfile) {
                lead.call("noordkust", profiles::clear);
            }
        }
    }

    private void leadWalk() throws Exception {
        walk("lead", "lead.noordkust", walk -> {
            walk.page("home", "/");
            walk.dialog("home-profile", By.id("edit-profile"));
            walk.open(By.id("edit-profile"));
            walk.dialog("home-profile-clear", By.id("clear-profile"));
            walk.close();
            walk.bell();
            walk.drawer();
            walk.page("catalogue", "/catalogus");
            walk.clickFirst(By.cssSelector(".hit-title"));
            walk.browser().waitFor(By.id("entry-title"));
            walk.check("catalogue-entry");
            walk.dialog("catalogue-correction", By.id("suggest-correction"));
            walk.page("partners", "/catalogus/partners");
            walk.page("catalogue-changes", "/catalogus/wijzigingen");
            walk.page("suggestions", "/catalogus/voorstellen");
            walk.page("register", "/register");
            walk.dialog("register-new", By.id("new-register-entry"));
            walk.dialog("register-import", By.id("import-register"));
            walk.openFirstRow("register-grid");
            walk.check("register-entry");
            walk.dialog("register-entry-edit", By.id("edit-register-entry"));
            walk.dialog("register-entry-delete", By.id("delete-register-entry"));
            walk.close();
            walk.page("findings", "/bevindingen");
            walk.dialog("finding-new", By.id("new-finding"));
            walk.page("findings-shared", "/bevindingen?weergave=gedeeld");
            walk.page("findings-all", "/bevindingen?weergave=alles");
            walk.page("findings", "/bevindingen");
            String finding =
                    walk.browser().waitFor(By.cssSelector(".finding-list a")).getDomAttribute("href");
            walk.page("finding", "/" + finding.replaceFirst("^/", ""));
            walk.dialog("finding-edit", By.id("edit-finding"));
            walk.dialog("finding-delete", By.id("delete-finding"));
            walk.page("priorities", "/prioriteiten");
            walk.dialog("priority-new", By.id("new-priority"));
            walk.dialog("priority-edit", By.cssSelector("vaadin-button[id^='edit-']"));
            walk.dialog("priority-delete", By.cssSelector("vaadin-button[id^='delete-']"));
            walk.page("comparison", "/prioriteiten/vergelijken");
            walk.page("analysis", "/analyse");
            walk.dialog("analysis-establish", By.id("establish"));
            walk.dialog("analysis-new-chapter", By.id("add-chapter"));
            walk.dialog("analysis-rename", By.cssSelector("vaadin-button[id^='rename-']"));
            walk.dialog("analysis-retag", By.cssSelector("vaadin-button[id^='retag-']"));
            walk.dialog("analysis-remove", By.cssSelector("vaadin-button[id^='remove-']"));
            String chapter = walk.shown(By.cssSelector("#chapters a[href*='analyse/hoofdstuk/']"))
                    .getDomAttribute("href");
            String shared =
                    walk.browser().waitFor(By.cssSelector("#shared-releases a")).getDomAttribute("href");
            walk.page("analysis-chapter", "/" + chapter.replaceFirst("^/", ""));
            savedMeanwhile(walk, Long.parseLong(chapter.replaceFirst(".*/", "")));
            walk.page("analysis-shared-version", "/" + shared.replaceFirst("^/", ""));
            walk.page("neighbours", "/buurregios");
            walk.page("logbook", "/logboek");
            walk.page("region-data", "/gegevens");
            walk.page("team", "/team");
            walk.dialog("team-remove", By.cssSelector("vaadin-button.team-remove"));
        });
    }

    /**
     * On the chapter page, someone else saves the chapter meanwhile (through the service); this lead types and saves,
     * is refused, and opens the comparison with the newer text. The chapter is put back afterwards. The two languages'
     * walks do this one after the other (they walk at the same time), so each puts back the text it found.
     */
    private void savedMeanwhile(ScreenWalk walk, long chapterId) {
        synchronized (SAVED_MEANWHILE) {
            savedMeanwhileAlone(walk, chapterId);
        }
    }

    private void savedMeanwhileAlone(ScreenWalk walk, long chapterId) {
        AsUser lead = AsUser.lead("noordkust");
        Chapter before = lead.call("noordkust", () -> chapterNow(chapterId));
        lead.call(
                "noordkust",
                () -> analyses.save(chapterId, before.revision(), before.title(), before.body() + "\n\nIntussen."));
        try {
            WebElement body = walk.browser().waitFor(By.cssSelector("#chapter-body textarea"));
            body.sendKeys(Keys.END, " Hier ook.");
            walk.clickFirst(By.id("save-chapter"));
            walk.dialog("analysis-compare", By.id("compare-newer"));
        } finally {
            lead.run("noordkust", () -> {
                Chapter now = chapterNow(chapterId);
                analyses.save(chapterId, now.revision(), before.title(), before.body());
            });
        }
    }

    private Chapter chapterNow(long chapterId) {
        return analyses.current().orElseThrow().chapter(chapterId).orElseThrow();
    }

    @Test
    void a_neighbour_lead_sees_the_sharing_of_a_vastgestelde_version_without_violations() throws Exception {
        walk("neighbour-lead", "lead.veenland", walk -> {
            walk.page("analysis", "/analyse");
            walk.dialog("analysis-share", By.cssSelector("#releases vaadin-button[id^='share-']"));
        });
    }

    @Test
    void a_region_member_sees_every_screen_and_dialog_without_violations() throws Exception {
        walk("member", "member.noordkust", walk -> {
            walk.page("home", "/");
            walk.page("catalogue", "/catalogus");
            walk.dialog("catalogue-suggestion", By.id("suggest-source"));
            walk.page("register", "/register");
            walk.page("findings", "/bevindingen");
            walk.page("priorities", "/prioriteiten");
            walk.page("analysis", "/analyse");
            walk.page("suggestions", "/catalogus/voorstellen");
            walk.page("person-data", "/mijn-gegevens");
            walk.page("team-read-only", "/team");
            walk.page("email-settings", "/instellingen/e-mail");
            walk.page("access-denied", "/logboek");
            VISITED.add("!AccessDeniedView");
        });
    }

    @Test
    void the_catalogue_maintainer_sees_every_screen_and_dialog_without_violations() throws Exception {
        Suggestion pending = AsUser.member("noordkust")
                .call("noordkust", () -> suggestions.suggest(null, "Een bron voor de toegankelijkheidswalk"));
        try {
            maintainerWalk(pending);
        } finally {
            AsUser.withRole(Role.CATALOGUE_ADMIN)
                    .run(null, () -> suggestions.decline(pending.id(), "Alleen voor de toegankelijkheidswalk"));
        }
    }

    private static void maintainerWalk(Suggestion pending) throws Exception {
        walk("catalogus", "catalogus", walk -> {
            walk.page("catalogue", "/catalogus");
            walk.dialog("entry-new", By.id("new-entry"));
            walk.clickFirst(By.cssSelector(".hit-title"));
            walk.browser().waitFor(By.id("entry-title"));
            walk.dialog("entry-edit", By.id("edit-entry"));
            walk.dialog("entry-retire", By.id("retire-entry"));
            walk.page("partners", "/catalogus/partners");
            walk.dialog("partner-edit", By.cssSelector("vaadin-button[id^='edit-partner-']"));
            walk.page("suggestions", "/catalogus/voorstellen");
            walk.dialog("suggestion-accept", By.id("accept-suggestion-" + pending.id()));
            walk.dialog("suggestion-decline", By.id("decline-suggestion-" + pending.id()));
            walk.page("catalogue-changes", "/catalogus/wijzigingen");
            walk.page("template", "/analyse/sjabloon");
            walk.dialog("template-remove", By.id("template-remove-0"));
        });
    }

    @Test
    void national_staff_see_every_part_of_the_national_overview_and_its_dialogs_without_violations() throws Exception {
        AsUser veenland = AsUser.lead("veenland");
        Release release = veenland.call("veenland", () -> analyses.current().orElseThrow())
                .releases()
                .getFirst();
        veenland.run("veenland", () -> analyses.share(release.id(), release.sharedNeighbours(), true));
        try {
            walk("national", "national", walk -> {
                walk.page("home", "/");
                for (String part : List.of(
                        "dekking", "bronnen", "gaten", "prioriteiten", "bevindingen", "trend", "analyses", "kaart")) {
                    walk.page("national-" + part, "/landelijk?deel=" + part);
                }
                walk.go("/landelijk?deel=dekking");
                walk.dialog("national-drill-down", By.cssSelector("vaadin-button.heat-cell"));
                walk.go("/landelijk?deel=bronnen");
                walk.dialog("national-source-lines", By.cssSelector("#sources-grid vaadin-button[id^='source-']"));
                walk.page("national-analysis", "/landelijk/analyse/" + release.id());
                walk.page("findings", "/bevindingen");
                walk.page("comparison", "/prioriteiten/vergelijken");
            });
        } finally {
            veenland.run(
                    "veenland",
                    () -> analyses.share(release.id(), release.sharedNeighbours(), release.sharedNational()));
        }
    }

    @Test
    void the_platform_admin_sees_every_screen_and_dialog_without_violations() throws Exception {
        walk("beheer", "beheer", walk -> {
            walk.page("home", "/");
            walk.page("admin", "/beheer");
            walk.dialog("admin-new-region", By.id("new-region"));
            walk.dialog("admin-new-pair", By.id("new-pair"));
            walk.dialog("admin-rename", By.cssSelector("vaadin-button[id^='rename-region-']"));
            walk.dialog("admin-deactivate", By.cssSelector("vaadin-button[id^='toggle-region-']"));
            walk.dialog("admin-remove-pair", By.cssSelector("vaadin-button[id^='remove-pair-']"));
            walk.page("areas", "/beheer/gebieden");
            walk.dialog("areas-import", By.id("area-import"));
            walk.page("national", "/landelijk");
            walk.page("logbook", "/logboek");
            walk.page("region-data", "/gegevens");
            walk.browser().click(walk.browser().waitFor(By.id("regiondata-region")));
            walk.browser().settle();
            walk.browser().click(walk.browser().waitFor(By.cssSelector("vaadin-combo-box-item")));
            walk.browser().until(driver -> Browser.enabled(driver.findElement(By.id("regiondata-erase"))));
            walk.dialog("region-erase", By.id("regiondata-erase"));
            walk.page("person-data", "/mijn-gegevens");
        });
    }

    private static void walk(String persona, String user, Consumer<ScreenWalk> steps) throws Exception {
        inEachLanguage(language -> {
            try (Browser browser = new Browser("a11y-" + persona + "-" + language, language)) {
                browser.size(ScreenWalk.WIDE[0], ScreenWalk.WIDE[1]);
                browser.open(APP + "/");
                browser.logInAtKeycloak(user, "demo");
                browser.waitFor(By.tagName("h1"));
                Audit audit = new Audit(browser);
                ScreenWalk walk = new ScreenWalk(browser, audit, persona, VISITED);
                steps.accept(walk);
                System.out.println("Walk " + walk.summary());
                audit.assertNoViolations();
            }
        });
        WALKED.incrementAndGet();
    }

    /** A walk in one language, in its own browser. */
    @FunctionalInterface
    private interface LanguageWalk {
        void walk(String language) throws Exception;
    }

    /**
     * Runs the walk in Dutch and in English at the same time, each in its own browser and thread: two sessions of one
     * person at once, as with a laptop and a phone (the two browsers keep the machine's two cores busy: axe runs in one
     * while the other waits for the server). Every failure of either language is reported, the first one thrown.
     */
    private static void inEachLanguage(LanguageWalk walk) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(LANGUAGES.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String language : LANGUAGES) {
                runs.add(threads.submit(() -> {
                    long start = System.nanoTime();
                    walk.walk(language);
                    System.out.printf("Walk %s: %d s%n", language, (System.nanoTime() - start) / 1_000_000_000);
                    return null;
                }));
            }
            Throwable failure = null;
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                }
            }
            if (failure instanceof Exception exception) {
                throw exception;
            } else if (failure instanceof Error error) {
                throw error;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.testing.Audit;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every route and every dialog of the app, as each demo persona that sees it, in Dutch and in English (the browser's
 * language), at 1280×900 and at 390×844: axe-core ({@code Axe.TAGS}: WCAG 2.0/2.1 A/AA and best practice) finds no
 * violation on any of them, and a screenshot of each is written to {@code ui/target/journeys/a11y-*}. One login per
 * persona and language; the walk is repeated at both widths in the same session.
 */
class AccessibilityJourneyIT extends FullStackTest {

    private static final List<int[]> SIZES = List.of(new int[] {1280, 900}, new int[] {390, 844});
    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final String OPEN_DIALOG = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";

    @Test
    void a_visitor_sees_the_landing_page_the_public_catalogue_and_the_error_pages_without_violations()
            throws Exception {
        for (String language : LANGUAGES) {
            try (Browser browser = new Browser("a11y-visitor-" + language, language)) {
                Audit audit = new Audit(browser);
                for (int[] size : SIZES) {
                    browser.size(size[0], size[1]);
                    Walk walk = new Walk(browser, audit, "visitor");
                    walk.page("welcome", "/welkom");
                    walk.page("catalogue", "/catalogus");
                    walk.page("partners", "/catalogus/partners");
                    walk.page("not-found", "/bestaat-niet");
                }
                audit.assertNoViolations();
                assertThat(browser.consoleErrors())
                        .as("no 404 (the favicon) on any page")
                        .noneMatch(e -> e.contains("404"));
            }
        }
    }

    @Test
    void the_favicon_answers() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/favicon.ico", "/icons/favicon.svg")) {
            java.net.http.HttpResponse<byte[]> response = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(APP + path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
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
        walk("lead", "lead.noordkust", walk -> {
            walk.page("home", "/");
            walk.dialog("home-profile", By.id("edit-profile"));
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
            walk.page("findings", "/bevindingen");
            walk.dialog("finding-new", By.id("new-finding"));
            walk.page("findings-shared", "/bevindingen?weergave=gedeeld");
            walk.page("findings-all", "/bevindingen?weergave=alles");
            walk.page("findings", "/bevindingen");
            walk.clickFirst(By.cssSelector(".finding-list a"));
            walk.browser().waitFor(By.id("finding-heading"));
            walk.check("finding");
            walk.dialog("finding-edit", By.id("edit-finding"));
            walk.dialog("finding-delete", By.id("delete-finding"));
            walk.page("priorities", "/prioriteiten");
            walk.dialog("priority-new", By.id("new-priority"));
            walk.page("comparison", "/prioriteiten/vergelijken");
            walk.page("analysis", "/analyse");
            walk.page("neighbours", "/buurregios");
            walk.page("logbook", "/logboek");
            walk.page("region-data", "/gegevens");
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
        });
    }

    @Test
    void the_catalogue_maintainer_sees_every_screen_and_dialog_without_violations() throws Exception {
        walk("catalogus", "catalogus", walk -> {
            walk.page("catalogue", "/catalogus");
            walk.dialog("entry-new", By.id("new-entry"));
            walk.page("partners", "/catalogus/partners");
            walk.page("suggestions", "/catalogus/voorstellen");
            walk.page("catalogue-changes", "/catalogus/wijzigingen");
            walk.page("template", "/analyse/sjabloon");
        });
    }

    private static void walk(String persona, String user, Consumer<Walk> steps) throws Exception {
        for (String language : LANGUAGES) {
            try (Browser browser = new Browser("a11y-" + persona + "-" + language, language)) {
                browser.open(APP + "/");
                browser.logInAtKeycloak(user, "demo");
                browser.waitFor(By.tagName("h1"));
                Audit audit = new Audit(browser);
                for (int[] size : SIZES) {
                    browser.size(size[0], size[1]);
                    assertThat(browser.width()).isEqualTo(size[0]);
                    steps.accept(new Walk(browser, audit, persona));
                }
                audit.assertNoViolations();
            }
        }
    }

    /** The steps of one walk: pages, dialogs, the drawer and the bell, each checked by the audit. */
    record Walk(Browser browser, Audit audit, String persona) {

        /**
         * Goes to {@code path} as a click on a link in the app would (Flow's router, no page load: the walk stays
         * quick), and checks the screen.
         */
        void page(String screen, String path) {
            String target = APP + path;
            if (browser.driver().getCurrentUrl().startsWith(APP)) {
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                        const a = document.createElement('a');
                        a.href = arguments[0];
                        document.body.appendChild(a);
                        a.click();
                        a.remove();""", target);
                try {
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                            .until(driver -> driver.getCurrentUrl().equals(target));
                } catch (org.openqa.selenium.TimeoutException e) {
                    browser.open(target); // the router did not take the link (e.g. just after a modal): load the page
                }
            } else {
                browser.open(target);
            }
            browser.waitFor(By.tagName("h1"));
            check(screen);
        }

        void check(String screen) {
            audit.screen(persona + "-" + screen);
            if (browser.width() < 800) {
                headerFits(screen);
            }
        }

        /** On a small screen nothing in the header runs past the right edge (it used to cut off the bell). */
        void headerFits(String screen) {
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                    const header = document.querySelector('.shell-header');
                    if (!header) return null;
                    const out = [...header.querySelectorAll('*')]
                        .filter(e => e.offsetParent !== null && e.getClientRects().length)
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .map(e => e.className || e.tagName);
                    return out.length ? out.join(', ') : null;""");
            assertThat(overflow)
                    .as("header parts past the right edge on " + screen)
                    .isNull();
        }

        void clickFirst(By by) {
            browser.click(browser.waitFor(by));
            browser.settle();
        }

        /** Opens the dialog with the button {@code opener}, checks it, and closes it with Escape. */
        void dialog(String screen, By opener) {
            browser.click(browser.waitFor(opener));
            browser.until(
                    driver -> !driver.findElements(By.cssSelector(OPEN_DIALOG)).isEmpty());
            check(screen);
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            browser.until(
                    driver -> driver.findElements(By.cssSelector(OPEN_DIALOG)).isEmpty());
        }

        /** The notification bell's list, opened. */
        void bell() {
            WebElement bell = browser.waitFor(By.id("notification-bell"));
            browser.click(bell);
            browser.settle();
            check("bell");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        }

        /** On a small screen the drawer (an overlay there), opened. */
        void drawer() {
            if (browser.width() >= 800) {
                return;
            }
            browser.click(browser.waitFor(By.tagName("vaadin-drawer-toggle")));
            browser.settle();
            assertThat(browser.waitFor(By.id("drawer-logout")).isDisplayed()).isTrue();
            check("drawer");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        }
    }
}

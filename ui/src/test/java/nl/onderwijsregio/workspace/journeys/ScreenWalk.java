package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import nl.onderwijsregio.workspace.testing.Audit;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps of one persona's accessibility walk in one browser (one language): pages, dialogs, the drawer and the
 * bell. Each screen is checked as it is at 1280×900 and again at 390×844 (the window is resized in place, so a dialog
 * needs opening once): axe ({@link Audit}), a screenshot per width, and at 390 px that the page does not scroll
 * sideways and nothing in the header runs past the right edge. Every path visited is recorded against the route list
 * ({@link AccessibilityJourneyIT#ROUTES}).
 */
final class ScreenWalk {

    static final int[] WIDE = {1280, 900};
    static final int[] PHONE = {390, 844};
    private static final String DIALOG = "vaadin-dialog, vaadin-confirm-dialog";
    private static final String OPEN_DIALOG = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";

    private final Browser browser;
    private final Audit audit;
    private final String persona;
    private final Set<String> visited;
    private final long started = System.nanoTime();
    private int loads;

    ScreenWalk(Browser browser, Audit audit, String persona, Set<String> visited) {
        this.browser = browser;
        this.audit = audit;
        this.persona = persona;
        this.visited = visited;
    }

    Browser browser() {
        return browser;
    }

    /** How long the walk took and how often a link fell back to loading the page (after waiting 5 s for the router). */
    String summary() {
        return "%s %s: %d s, %d page loads after a link the router did not take"
                .formatted(persona, browser.language(), (System.nanoTime() - started) / 1_000_000_000, loads);
    }

    /**
     * Goes to {@code path} as a click on a link in the app would (Flow's router, no page load: the walk stays quick),
     * waits until the server has answered, and checks the screen.
     */
    void page(String screen, String path) {
        go(path);
        check(screen);
    }

    /** Goes to {@code path} without checking it yet (the walk opens something on it first). */
    void go(String path) {
        String target = FullStackTest.APP + path;
        visited.add(AccessibilityJourneyIT.routeOf(path));
        if (browser.driver().getCurrentUrl().startsWith(FullStackTest.APP)) {
            browser.settle();
            js("""
                    const a = document.createElement('a');
                    a.href = arguments[0];
                    document.body.appendChild(a);
                    a.click();
                    a.remove();""", target);
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .pollingEvery(Duration.ofMillis(50))
                        .until(driver -> driver.getCurrentUrl().equals(target));
            } catch (TimeoutException e) {
                loads++;
                browser.open(target); // the router did not take the link: load the page
            }
        } else {
            browser.open(target);
        }
        browser.settle();
        try {
            browser.until(driver -> !driver.findElements(By.tagName("h1")).isEmpty());
            browser.until(driver -> Boolean.TRUE.equals(js(AT_THE_TOP)));
        } catch (TimeoutException e) {
            browser.screenshot(persona + "-failed-" + browser.language());
            throw new AssertionError(
                    "No heading on " + browser.driver().getCurrentUrl() + " after going to " + path, e);
        }
    }

    /** The screen is shown from its top (the shell's content area scrolls by itself). */
    private static final String AT_THE_TOP = """
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            return !content || content.scrollTop === 0;""";

    /** Checks the page as it is now at both widths, ending wide (where the walk clicks on). */
    void check(String screen) {
        size(PHONE);
        audit.screen(persona + "-" + screen);
        fitsThePhone(screen);
        size(WIDE);
        audit.screen(persona + "-" + screen);
    }

    private void size(int[] size) {
        if (browser.width() != size[0]) {
            browser.size(size[0], size[1]);
            browser.until(driver -> browser.width() == size[0]);
        }
    }

    /** At 390 px the page does not scroll sideways, and nothing in the header runs past the right edge. */
    private void fitsThePhone(String screen) {
        Object sideways = js("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                const scrolling = [document.documentElement, content].filter(e => e)
                    .filter(e => e.scrollWidth > Math.min(e.clientWidth, window.innerWidth) + 1);
                if (!scrolling.length) return null;
                const limit = window.innerWidth + 1;
                const clipped = e => e.closest('vaadin-grid, vaadin-tabs, vaadin-tabsheet, .scroll-x');
                const out = [...(document.getElementById('main') || document.body).querySelectorAll('*')]
                    .filter(e => !clipped(e.parentElement || e) && e.getBoundingClientRect().right > limit)
                    .filter(e => e.parentElement.getBoundingClientRect().right <= limit || e.parentElement.id === 'main')
                    .slice(0, 6)
                    .map(e => e.localName + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className)
                        .trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
                return scrolling.map(e => e.localName + (e === content ? '[content]' : '') + ' ' + e.scrollWidth)
                    .join(', ') + ' > ' + window.innerWidth + '; sticking out: ' + out.join(' | ');""");
        assertThat(sideways)
                .as(
                        "%s-%s scrolls sideways at 390 px (%s)",
                        persona, screen, browser.driver().getCurrentUrl())
                .isNull();
        Object overflow = js("""
                const header = document.querySelector('.shell-header');
                if (!header) return null;
                const out = [...header.querySelectorAll('*')]
                    .filter(e => e.offsetParent !== null && e.getClientRects().length)
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(e => e.className || e.tagName);
                return out.length ? out.join(', ') : null;""");
        assertThat(overflow).as("header parts past the right edge on " + screen).isNull();
    }

    /** Clicks the first shown element found by {@code by} and waits until the server has answered. */
    void clickFirst(By by) {
        browser.click(shown(by));
        browser.settle();
    }

    /**
     * The first of the elements found by {@code by} that is shown: a grid keeps spare rows, hidden, whose buttons come
     * first in the page.
     */
    WebElement shown(By by) {
        WebElement[] found = new WebElement[1];
        browser.until(driver -> {
            found[0] = driver.findElements(by).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** Opens the dialog with the button {@code opener}, checks it, and closes it with Escape. */
    void dialog(String screen, By opener) {
        open(opener);
        check(screen);
        close();
    }

    /** Opens the dialog that a click on the first body row of the grid {@code gridId} opens. */
    void openFirstRow(String gridId) {
        browser.waitFor(By.id(gridId));
        browser.until(driver -> js(FIRST_ROW_CELL, gridId) != null);
        browser.click((WebElement) js(FIRST_ROW_CELL, gridId));
        browser.until(
                driver -> !driver.findElements(By.cssSelector(OPEN_DIALOG)).isEmpty());
        browser.settle();
        WalkedDialogs.record(browser, visited);
    }

    private static final String FIRST_ROW_CELL = """
            const grid = document.getElementById(arguments[0]);
            const cell = grid && grid.shadowRoot && grid.shadowRoot.querySelector('#items tr:not([hidden]) td slot');
            const content = cell && cell.assignedElements()[0];
            return content && content.textContent.trim() ? content : null;""";

    /** Opens the dialog with the button {@code opener} and waits until it is shown. */
    void open(By opener) {
        int before = browser.driver().findElements(By.cssSelector(OPEN_DIALOG)).size();
        browser.click(shown(opener));
        browser.until(driver -> driver.findElements(By.cssSelector(OPEN_DIALOG)).size() > before);
        browser.settle();
        WalkedDialogs.record(browser, visited);
    }

    /**
     * Closes the open dialog with Escape and waits until the server has taken it away: while the server still holds a
     * modal dialog it ignores everything outside it, a navigation included (the walk used to time out there).
     */
    void close() {
        int before = browser.driver().findElements(By.cssSelector(DIALOG)).size();
        int openBefore =
                browser.driver().findElements(By.cssSelector(OPEN_DIALOG)).size();
        long[] sent = {System.nanoTime()};
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.until(driver -> {
            if (driver.findElements(By.cssSelector(DIALOG)).size() < before) {
                return true;
            }
            // An Escape pressed while the dialog was still taking the focus can go unheard (CI saw this once). If the
            // dialog is still open in the browser after three seconds, the focus goes into it and Escape again.
            boolean stillOpen = driver.findElements(By.cssSelector(OPEN_DIALOG)).size() >= openBefore;
            if (stillOpen && System.nanoTime() - sent[0] > 3_000_000_000L) {
                js(FOCUS_IN_TOP_DIALOG);
                new Actions(driver).sendKeys(Keys.ESCAPE).perform();
                sent[0] = System.nanoTime();
            }
            return false;
        });
        browser.settle();
    }

    private static final String FOCUS_IN_TOP_DIALOG = """
            const open = document.querySelectorAll('vaadin-dialog[opened], vaadin-confirm-dialog[opened]');
            const top = open[open.length - 1];
            const target = top && top.querySelector('vaadin-button, button, [tabindex]');
            if (target) target.focus();""";

    /** The notification bell's list, opened. */
    void bell() {
        WebElement bell = browser.waitFor(By.id("notification-bell"));
        browser.click(bell);
        browser.settle();
        check("bell");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.settle();
    }

    /** On a small screen the drawer (an overlay there), opened, with the logout in it. */
    void drawer() {
        size(PHONE);
        browser.click(browser.waitFor(By.tagName("vaadin-drawer-toggle")));
        browser.settle();
        assertThat(browser.waitFor(By.id("drawer-logout")).isDisplayed()).isTrue();
        audit.screen(persona + "-drawer");
        fitsThePhone("drawer");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.settle();
        size(WIDE);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * lead.rivierenland does the lead's main tasks with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys and
 * typing; no clicks): writes a finding, adds a register entry, and moves a priority down and up again, the focus
 * staying on the moved row's button after each move (it used to fall to the page body).
 */
class KeyboardJourneyIT extends FullStackTest {

    private static final String FINDING = "Invallers gezocht (toetsenbord)";
    private static final String ENTRY = "Vacatures per bestuur (toetsenbord)";

    @Test
    void a_lead_writes_a_finding_adds_a_register_entry_and_reorders_a_priority_with_the_keyboard_only()
            throws Exception {
        try (Browser lead = new Browser("keyboard-rivierenland")) {
            lead.open(APP + "/bevindingen");
            lead.logInAtKeycloak("lead.rivierenland", "demo");
            lead.waitForText(By.tagName("h1"), "Bevindingen");

            tabTo(lead, "new-finding");
            press(lead, Keys.ENTER);
            tabTo(lead, "finding-title");
            type(lead, FINDING);
            tabTo(lead, "finding-body");
            type(lead, "Scholen vinden geen invallers.");
            tabTo(lead, "finding-theme");
            type(lead, "Behouden");
            press(lead, Keys.ENTER);
            tabTo(lead, "finding-kind");
            type(lead, "Interview");
            press(lead, Keys.ENTER);
            lead.shot("finding-form");
            tabTo(lead, "save-finding");
            press(lead, Keys.ENTER);
            lead.waitForText(By.id("finding-heading"), FINDING);
            lead.shot("finding-saved");

            lead.open(APP + "/register");
            lead.waitForText(By.tagName("h1"), "Register gesloten data");
            tabTo(lead, "new-register-entry");
            press(lead, Keys.ENTER);
            tabTo(lead, "register-source-text");
            type(lead, "Personeelsgegevens van het bestuur");
            tabTo(lead, "register-what");
            type(lead, ENTRY);
            tabTo(lead, "register-holder-kind");
            type(lead, "Schoolbestuur");
            press(lead, Keys.ENTER);
            tabTo(lead, "register-holder-name");
            type(lead, "Stichting Rivierscholen");
            tabTo(lead, "save-register");
            press(lead, Keys.SPACE);
            lead.waitForText(By.tagName("vaadin-notification-card"), "Toegevoegd");
            lead.waitForText(By.tagName("vaadin-grid"), ENTRY);
            lead.shot("register-saved");

            lead.open(APP + "/prioriteiten");
            lead.waitForText(By.tagName("h1"), "Prioriteiten");
            lead.waitFor(By.cssSelector("vaadin-button[id^='down-']"));
            String first = lead.driver()
                    .findElements(By.cssSelector("vaadin-button[id^='down-']"))
                    .getFirst()
                    .getDomAttribute("id");
            String id = first.substring("down-".length());
            // into the grid, to the row's last cell (its buttons), and into the cell (Enter: interaction mode)
            tabTo(lead, "priority-list");
            press(lead, Keys.END);
            press(lead, Keys.ENTER);
            tabTo(lead, "down-" + id);
            press(lead, Keys.ENTER);
            lead.until(driver -> driver.findElement(By.id("up-" + id)).isEnabled());
            lead.until(driver -> ("down-" + id).equals(activeId(lead)));
            lead.shot("moved-down");
            tabTo(lead, "up-" + id);
            press(lead, Keys.ENTER);
            // back at the top the up arrow is disabled: the focus is on the row's down arrow
            lead.until(driver -> !driver.findElement(By.id("up-" + id)).isEnabled());
            lead.until(driver -> ("down-" + id).equals(activeId(lead)));
            assertThat(activeId(lead)).isEqualTo("down-" + id);
            lead.shot("moved-up");
        }
    }

    /** Presses Tab (and, past the end, Shift+Tab back) until the element with this id, or one inside it, has focus. */
    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < 80; i++) {
            browser.settle();
            if (focusWithin(browser, id)) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus is on " + activeId(browser));
    }

    private static boolean focusWithin(Browser browser, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                const target = document.getElementById(arguments[0]);
                if (!target) return false;
                let active = document.activeElement;
                while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                  if (active === target) return true;
                  active = active.shadowRoot.activeElement;
                }
                return active === target || target.contains(document.activeElement);""", id));
    }

    private static String activeId(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const a = document.activeElement;
                return a ? (a.id || a.tagName) : null;""");
    }

    private static String activeTag(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                return a ? a.tagName : null;""");
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void type(Browser browser, String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
        browser.settle();
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Audit;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * lead.rivierenland does the lead's main tasks with the keyboard only (Tab, Shift+Tab, Enter, Space, Escape, arrow
 * keys and typing; no clicks, no address typed after the first): signs in, opens the register from the menu, opens and
 * closes the new-entry form with Escape (the focus back on its button), adds an entry, opens it from the grid and
 * deletes it after the confirmation, writes a finding, and moves a priority down twice and up again to the top with
 * the up and down buttons of its row (Shift+Tab between them), the focus staying on the moved row's button each time.
 */
class KeyboardJourneyIT extends FullStackTest {

    private static final String FINDING = "Invallers gezocht (toetsenbord)";

    @Autowired
    PriorityService priorities;

    private static final String ENTRY = "Vacatures per bestuur (toetsenbord " + System.nanoTime() + ")";

    @Test
    void a_lead_does_the_main_tasks_with_the_keyboard_only() throws Exception {
        try (Browser lead = new Browser("keyboard-rivierenland")) {
            Keyboard keys = new Keyboard(lead);
            lead.open(APP + "/");
            keys.tabTo("login");
            keys.press(Keys.ENTER);
            lead.waitFor(By.id("username"));
            keys.tabTo("username");
            keys.type("lead.rivierenland");
            keys.tabTo("password");
            keys.type("demo");
            lead.shot("keycloak");
            keys.press(Keys.ENTER);
            lead.waitFor(By.id("nav-register"));

            keys.tabTo("nav-register");
            keys.press(Keys.ENTER);
            lead.waitForText(By.tagName("h1"), "Register gesloten data");
            Audit audit = new Audit(lead);

            // a dialog opened from its button and closed with Escape gives the focus back to that button
            keys.tabTo("new-register-entry");
            keys.press(Keys.ENTER);
            lead.waitFor(By.id("register-what"));
            keys.press(Keys.ESCAPE);
            lead.until(driver -> driver.findElements(By.id("register-what")).isEmpty());
            lead.until(driver -> keys.focusWithin("new-register-entry"));

            keys.press(Keys.ENTER);
            keys.tabTo("register-source-text");
            keys.type("Uitvraag bij de besturen");
            keys.tabTo("register-what");
            keys.type(ENTRY);
            keys.tabTo("register-holder-kind");
            keys.type("Schoolbestuur");
            keys.press(Keys.ENTER);
            keys.tabTo("register-holder-name");
            keys.type("Stichting Rivierscholen");
            lead.shot("register-form");
            keys.tabTo("save-register");
            keys.press(Keys.SPACE);
            lead.waitForText(By.id("register-grid"), ENTRY);
            lead.shot("register-saved");

            // the entry opens from the grid with Enter, and is deleted after the confirmation
            keys.tabToRow("register-grid", ENTRY);
            keys.press(Keys.ENTER);
            lead.waitFor(By.id("delete-register-entry"));
            audit.screen("keyboard-register-entry");
            keys.tabTo("delete-register-entry");
            keys.press(Keys.ENTER);
            lead.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
            audit.screen("keyboard-register-delete");
            keys.tabTo("vaadin-confirm-dialog[opened] vaadin-button[slot='confirm-button']");
            keys.press(Keys.ENTER);
            lead.until(driver ->
                    !driver.findElement(By.id("register-grid")).getText().contains(ENTRY));
            lead.shot("register-deleted");

            keys.tabTo("nav-bevindingen");
            keys.press(Keys.ENTER);
            lead.waitForText(By.tagName("h1"), "Bevindingen");
            keys.tabTo("new-finding");
            keys.press(Keys.ENTER);
            keys.tabTo("finding-title");
            keys.type(FINDING);
            keys.tabTo("finding-body");
            keys.type("Scholen vinden geen invallers.");
            keys.tabTo("finding-theme");
            keys.type("Behouden");
            keys.press(Keys.ENTER);
            keys.tabTo("finding-kind");
            keys.type("Interview");
            keys.press(Keys.ENTER);
            lead.shot("finding-form");
            keys.tabTo("save-finding");
            keys.press(Keys.ENTER);
            lead.waitForText(By.id("finding-heading"), FINDING);
            lead.shot("finding-saved");

            keys.tabTo("nav-prioriteiten");
            keys.press(Keys.ENTER);
            lead.waitForText(By.tagName("h1"), "Prioriteiten");
            lead.waitFor(By.cssSelector("vaadin-button[id^='down-']"));
            String id = lead.driver()
                    .findElements(By.cssSelector("vaadin-button[id^='down-']"))
                    .getFirst()
                    .getDomAttribute("id")
                    .substring("down-".length());
            // the first row's priority, moved down twice and back: the region needs three of them
            assertThat(rank(id)).as("the first row's priority is ranked first").isEqualTo(1);
            assertThat(lead.driver().findElements(By.cssSelector("vaadin-button[id^='down-']")))
                    .as("rivierenland's priorities")
                    .hasSizeGreaterThanOrEqualTo(3);
            keys.tabToRow("priority-list", null);
            keys.press(Keys.END); // the row's last cell holds its buttons; Enter goes into it
            keys.press(Keys.ENTER);
            try {
                keys.tabTo("down-" + id);
                keys.press(Keys.ENTER);
                lead.until(driver -> Browser.enabled(driver.findElement(By.id("up-" + id))));
                keys.untilSteadyFocus(lead, "down-" + id);
                lead.shot("moved-down");
                assertThat(keys.focusWithin("down-" + id)).isTrue();
                keys.press(Keys.ENTER);
                lead.until(driver -> rank(id) == 3);
                keys.untilSteadyFocus(lead, "down-" + id);

                // and up again: Shift+Tab from the moved row's down button reaches its up button, in the same row
                keys.press(Keys.SHIFT, Keys.TAB);
                keys.untilSteadyFocus(lead, "up-" + id);
                keys.press(Keys.ENTER);
                lead.until(driver -> rank(id) == 2);
                keys.untilSteadyFocus(lead, "up-" + id);
                lead.shot("moved-up");
                keys.press(Keys.ENTER);
                lead.until(driver -> rank(id) == 1);
                // at the top its up button is disabled: the focus goes to the row's down button
                keys.untilSteadyFocus(lead, "down-" + id);
                assertThat(Browser.enabled(lead.driver().findElement(By.id("up-" + id))))
                        .as("the top priority's up button is disabled")
                        .isFalse();
            } finally {
                long rank = rank(id);
                if (rank > 1) {
                    AsUser.lead("rivierenland")
                            .run("rivierenland", () -> priorities.move(Long.parseLong(id), (int) -(rank - 1)));
                }
            }
            audit.assertNoViolations();
        }
    }

    /** The rank of the priority {@code id} in rivierenland now (read through the service, not the screen). */
    private long rank(String id) {
        return AsUser.lead("rivierenland")
                .call(
                        "rivierenland",
                        () -> priorities.own().stream()
                                .filter(p -> p.id() == Long.parseLong(id))
                                .findFirst()
                                .orElseThrow()
                                .rank());
    }

    /** Keyboard input only, and where the focus is. */
    private record Keyboard(Browser browser) {

        /** Presses Tab until the element with this id (or CSS selector), or one inside it, has the focus (at most 80 times). */
        void tabTo(String id) {
            for (int i = 0; i < 80; i++) {
                browser.settle();
                if (focusWithin(id)) {
                    return;
                }
                press(Keys.TAB);
            }
            throw new AssertionError("Tab never reached #" + id + "; the focus is on " + active());
        }

        /**
         * Tabs into the grid's body and moves with the arrow keys to the row that shows {@code text} (the first body
         * row when null).
         */
        void tabToRow(String grid, String text) {
            tabTo(grid);
            for (int i = 0; i < 3 && !inBody(grid); i++) {
                press(Keys.TAB); // the header is a tab stop of its own
            }
            assertThat(inBody(grid))
                    .as("the focus reached the body of #" + grid)
                    .isTrue();
            press(Keys.CONTROL, Keys.HOME);
            for (int i = 0; text != null && i < 60 && !focusedRowText(grid).contains(text); i++) {
                press(Keys.ARROW_DOWN);
            }
            if (text != null) {
                assertThat(focusedRowText(grid)).contains(text);
            }
        }

        private boolean inBody(String grid) {
            return Boolean.TRUE.equals(js("""
                    const grid = document.getElementById(arguments[0]);
                    const cell = grid && grid.shadowRoot && grid.shadowRoot.activeElement;
                    return !!cell && !!cell.closest('#items');""", grid));
        }

        private String focusedRowText(String grid) {
            Object text = js("""
                    const grid = document.getElementById(arguments[0]);
                    const cell = grid && grid.shadowRoot && grid.shadowRoot.activeElement;
                    const row = cell && cell.closest('tr');
                    if (!row) return '';
                    return [...row.querySelectorAll('slot')]
                        .flatMap(s => s.assignedElements()).map(e => e.textContent).join(' ');""", grid);
            return text == null ? "" : text.toString();
        }

        /**
         * Waits until the focus is on the element with this id and stays there for half a second: after a move the
         * grid renders its rows anew (and once more just after), and a key pressed in between would reach the button
         * that is being replaced.
         */
        void untilSteadyFocus(Browser lead, String id) {
            int[] steady = {0};
            try {
                lead.until(driver -> {
                    steady[0] = focusWithin(id) ? steady[0] + 1 : 0;
                    if (steady[0] < 5) {
                        sleep(100);
                        return false;
                    }
                    return true;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the focus did not stay on #" + id + "; it is on " + active(), e);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        boolean focusWithin(String id) {
            return Boolean.TRUE.equals(js("""
                    const target = document.getElementById(arguments[0]) || document.querySelector(arguments[0]);
                    if (!target) return false;
                    let active = document.activeElement;
                    while (active) {
                      if (active === target || target.contains(active)) return true;
                      active = active.shadowRoot ? active.shadowRoot.activeElement : null;
                    }
                    return false;""", id));
        }

        String active() {
            return String.valueOf(js("""
                    let a = document.activeElement, path = [];
                    while (a) { path.push(a.id ? a.localName + '#' + a.id : a.localName);
                      a = a.shadowRoot ? a.shadowRoot.activeElement : null; }
                    return path.join(' > ');"""));
        }

        /**
         * Presses the keys together: modifiers (Shift, Control, Alt) are held down while the others are pressed (a
         * chord sent as text would press Shift and Tab one after the other, i.e. a plain Tab).
         */
        void press(CharSequence... keys) {
            Actions actions = new Actions(browser.driver());
            List<CharSequence> held = new ArrayList<>();
            for (CharSequence key : keys) {
                if (key == Keys.SHIFT || key == Keys.CONTROL || key == Keys.ALT) {
                    actions.keyDown(key);
                    held.add(key);
                } else {
                    actions.sendKeys(key);
                }
            }
            for (CharSequence key : held.reversed()) {
                actions.keyUp(key);
            }
            actions.perform();
        }

        void type(String text) {
            new Actions(browser.driver()).sendKeys(text).perform();
            browser.settle();
        }

        private Object js(String script, Object... args) {
            return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
        }
    }
}

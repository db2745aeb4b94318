package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.workspace.notifications.MailCatcher;
import nl.onderwijsregio.workspace.testing.Axe;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The team journey: the lead of noordkust invites a new colleague, Keycloak's invitation arrives in the local mail
 * catcher, the colleague sets a password through its link, logs in and works for Noordkust; the lead removes them.
 */
class TeamJourneyIT extends FullStackTest {

    @Autowired
    MailCatcher catcher;

    /**
     * At 1280 and 1366 px the team grid shows every column without scrolling sideways and the remove button whole; at
     * 390 px the page itself never scrolls sideways (the grid may, within itself) and the remove button is reachable.
     */
    private static void gridFits(Browser lead, String name) {
        for (int width : List.of(1280, 1366, 390)) {
            lead.size(width, 900);
            lead.settle();
            lead.until(driver -> {
                // the grid lays its columns out again after the resize
                Object w = ((JavascriptExecutor) driver)
                        .executeScript("return document.getElementById('team-members').clientWidth;");
                return w instanceof Number n && n.intValue() > 0;
            });
            lead.screenshot("team-grid-" + width);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) lead.driver()).executeScript("""
                    const grid = document.getElementById('team-members');
                    const table = grid.shadowRoot.querySelector('#table');
                    const box = grid.getBoundingClientRect();
                    const page = document.documentElement;
                    const buttons = [...grid.querySelectorAll('vaadin-button.team-remove')]
                        .filter(b => (b.getAttribute('aria-label') || '').includes(arguments[0]));
                    const b = buttons.length ? buttons[0].getBoundingClientRect() : null;
                    return {
                      gridOverflow: table.scrollWidth - table.clientWidth,
                      pageOverflow: page.scrollWidth - page.clientWidth,
                      button: buttons.length,
                      buttonInside: b !== null && b.left >= box.left - 1 && b.right <= box.right + 1
                    };
                    """, name);
            assertThat(((Number) m.get("pageOverflow")).intValue())
                    .as("the page scrolls sideways at " + width + " px")
                    .isLessThanOrEqualTo(0);
            assertThat(m.get("button"))
                    .as("the remove button at " + width + " px")
                    .isEqualTo(1L);
            if (width >= 1280) {
                assertThat(((Number) m.get("gridOverflow")).intValue())
                        .as("the team grid scrolls sideways at " + width + " px")
                        .isLessThanOrEqualTo(0);
                assertThat(m.get("buttonInside"))
                        .as("the remove button is whole at " + width + " px")
                        .isEqualTo(true);
            }
        }
        lead.size(1280, 900);
        lead.settle();
    }

    @Test
    void lead_invites_a_colleague_who_sets_a_password_logs_in_and_is_removed_again() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "collega." + tag + "@example.org";
        String name = "Nieuwe Collega" + tag;
        String password = "Een-lang-wachtwoord-" + tag;
        try (Browser lead = new Browser("team-lead");
                Browser colleague = new Browser("team-colleague")) {
            lead.open(APP + "/");
            lead.logInAtKeycloak("lead.noordkust", "demo");
            lead.waitForText(By.tagName("h1"), "Onderwijsregio Noordkust");
            lead.open(APP + "/team");
            lead.waitForText(By.tagName("h1"), "Team");
            lead.waitForText(By.id("team-members"), "Lead");
            lead.waitFor(By.cssSelector("#invite-email input")).sendKeys(email);
            lead.driver()
                    .findElement(By.cssSelector("#invite-first-name input"))
                    .sendKeys("Nieuwe");
            lead.driver().findElement(By.cssSelector("#invite-last-name input")).sendKeys("Collega" + tag);
            lead.shot("invite");
            lead.driver().findElement(By.id("invite-send")).click();
            lead.waitForText(By.id("team-members"), name);
            lead.shot("invited");
            assertThat(Axe.violations(lead.driver())).isEmpty();
            gridFits(lead, name);

            // the invitation in the local mail catcher's web view
            colleague.open(catcher.webUrl());
            colleague.until(driver -> {
                driver.navigate().refresh();
                return driver.getPageSource().contains(email);
            });
            colleague.shot("mail-catcher");
            colleague.driver().findElements(By.cssSelector("tr")).stream()
                    .filter(row -> row.getText().contains(email))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.cssSelector("a.mail"))
                    .click();
            colleague.shot("invitation-mail");
            WebElement link = colleague.waitFor(By.cssSelector("a.link"));
            assertThat(link.getAttribute("href")).contains("/login-actions/action-token");
            link.click();

            // Keycloak: set a password (and with that the address is confirmed)
            colleague.until(
                    driver -> !driver.findElements(By.id("password-new")).isEmpty()
                            || !driver.findElements(By.cssSelector("a[href*='action-token'], #kc-info-message a"))
                                    .isEmpty());
            if (colleague.driver().findElements(By.id("password-new")).isEmpty()) {
                colleague
                        .driver()
                        .findElement(By.cssSelector("a[href*='action-token'], #kc-info-message a"))
                        .click();
            }
            colleague.waitFor(By.id("password-new")).sendKeys(password);
            colleague.driver().findElement(By.id("password-confirm")).sendKeys(password);
            colleague.shot("set-password");
            colleague
                    .driver()
                    .findElement(By.cssSelector("input[type=submit], button[type=submit]"))
                    .click();
            colleague.until(driver -> driver.findElements(By.id("password-new")).isEmpty());
            colleague.shot("password-set");

            // logs in and works for Noordkust
            colleague.open(APP + "/");
            colleague.waitFor(By.id("login")).click();
            // Keycloak asks for the login, unless setting the password already signed the colleague in there
            colleague.until(driver -> !driver.findElements(By.id("username")).isEmpty()
                    || driver.getPageSource().contains("Onderwijsregio Noordkust"));
            if (!colleague.driver().findElements(By.id("username")).isEmpty()) {
                colleague.driver().findElement(By.id("username")).sendKeys(email);
                colleague.driver().findElement(By.id("password")).sendKeys(password);
                colleague.driver().findElement(By.id("kc-login")).click();
            }
            colleague.waitForText(By.tagName("h1"), "Onderwijsregio Noordkust");
            colleague.shot("colleague-home");

            // the lead removes them again
            lead.driver().navigate().refresh();
            lead.waitForText(By.id("team-members"), name);
            WebElement remove =
                    lead.driver().findElements(By.cssSelector("#team-members vaadin-button.team-remove")).stream()
                            .filter(b ->
                                    String.valueOf(b.getAttribute("aria-label")).contains(name))
                            .findFirst()
                            .orElseThrow();
            lead.click(remove);
            lead.waitFor(By.id("team-remove-confirm"));
            lead.shot("confirm-removal");
            lead.driver()
                    .findElement(By.cssSelector("#team-remove-confirm vaadin-button[slot='confirm-button']"))
                    .click();
            lead.waitForText(By.id("team-former"), name);
            lead.shot("removed");
            assertThat(lead.driver().findElement(By.id("team-members")).getText())
                    .doesNotContain(name);
        }
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * lead.veenland adds a priority, opens the comparison and sees Noordkust and Rivierenland beside Veenland, with the
 * shared priorities (werven, begeleiden with Noordkust) highlighted and the chart drawn from the static ECharts.
 */
class PrioritiesJourneyIT extends FullStackTest {

    private static final String TITLE = "Opleiden in de school (journey)";

    @Test
    void a_lead_adds_a_priority_and_compares_with_the_neighbours() throws Exception {
        try (Browser lead = new Browser("priorities-veenland")) {
            lead.open(APP + "/prioriteiten");
            lead.logInAtKeycloak("lead.veenland", "demo");
            lead.click(lead.waitFor(By.id("new-priority")));
            lead.waitFor(By.cssSelector("#priority-title input")).sendKeys(TITLE);
            WebElement subTheme = lead.waitFor(By.cssSelector("#priority-sub-theme input"));
            subTheme.sendKeys("Aantrekken · Opleiden");
            subTheme.sendKeys(Keys.ENTER);
            lead.click(lead.driver().findElements(By.cssSelector("#priority-sectors vaadin-checkbox")).stream()
                    .filter(box -> box.getText().equals("Primair onderwijs (po)"))
                    .findFirst()
                    .orElseThrow());
            lead.shot("form");
            lead.click(lead.waitFor(By.id("save-priority")));
            lead.waitForText(By.tagName("vaadin-notification-card"), "Toegevoegd");
            lead.waitForText(By.tagName("vaadin-grid"), TITLE);
            lead.shot("priorities");

            lead.open(APP + "/prioriteiten/vergelijken");
            lead.waitForText(By.id("priority-matrix"), "Gedeeld");
            lead.waitForText(By.id("priority-columns"), "Onderwijsregio Noordkust");
            lead.waitForText(By.id("priority-columns"), "Onderwijsregio Rivierenland");
            lead.waitForText(By.id("priority-columns"), TITLE);
            assertThat(lead.driver().findElements(By.cssSelector("#priority-columns li.shared")))
                    .anySatisfy(item -> assertThat(item.getText()).contains("Gezamenlijke wervingscampagne Veenland"));
            lead.until(driver -> !driver.findElements(By.cssSelector("#priority-chart canvas"))
                    .isEmpty());
            assertThat(lead.driver().getCurrentUrl()).contains("prioriteiten/vergelijken");
            lead.shot("comparison");
        }
    }
}

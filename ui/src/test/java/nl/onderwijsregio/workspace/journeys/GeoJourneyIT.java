package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.Axe;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * beheer gives a region of this test's own the municipality Westerwolde in Beheer › Gebieden and sees (and accepts)
 * the neighbour proposal with Veenland that its border brings; national opens the map in Landelijk overzicht and
 * drills into Veenland with the keyboard. Both map screens pass axe without violations.
 */
class GeoJourneyIT extends FullStackTest {

    private static final String REGION = TestRegions.id("kaartreis");

    @BeforeAll
    static void region(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    @Test
    void the_admin_assigns_a_municipality_and_sees_the_proposal_and_national_drills_into_a_region_on_the_map()
            throws Exception {
        try (Browser beheer = new Browser("geo-beheer")) {
            beheer.open(APP + "/beheer/gebieden?regio=" + REGION);
            beheer.logInAtKeycloak("beheer", "demo");
            beheer.waitForText(By.tagName("h1"), "Gebieden van de regio's");
            beheer.waitForText(By.id("area-card"), "nog geen gemeenten");
            WebElement filter = beheer.waitFor(By.cssSelector("#municipality-filter input"));
            filter.sendKeys("Westerwolde");
            WebElement add = beheer.waitFor(By.id("add-GM1950"));
            beheer.click(add);
            beheer.waitForText(By.id("area-message"), "Westerwolde hoort nu bij " + TestRegions.name(REGION));
            beheer.waitForText(By.id("neighbour-proposals"), TestRegions.name(REGION));
            beheer.waitForText(By.id("neighbour-proposals"), "Onderwijsregio Veenland");
            beheer.waitFor(By.cssSelector("#area-admin-map svg path"));
            beheer.shot("proposal");
            assertThat(Axe.violations(beheer.driver())).isEmpty();

            WebElement accept =
                    beheer.driver().findElements(By.cssSelector("#neighbour-proposals vaadin-button")).stream()
                            .filter(b -> b.getDomAttribute("id") != null
                                    && b.getDomAttribute("id").contains(REGION)
                                    && b.getDomAttribute("id").contains("veenland"))
                            .findFirst()
                            .orElseThrow();
            beheer.click(accept);
            beheer.waitForText(By.id("neighbour-proposals"), "zijn nu buurregio's");
            beheer.shot("accepted");
        }
        try (Browser national = new Browser("geo-national")) {
            national.open(APP + "/landelijk?deel=kaart");
            national.logInAtKeycloak("national", "demo");
            national.waitForText(By.tagName("h1"), "Landelijk overzicht");
            national.waitFor(By.cssSelector("#region-map a"));
            national.waitForText(By.id("national-map"), "Grenzen: CBS Gebiedsindelingen");
            national.shot("map");
            assertThat(Axe.violations(national.driver())).isEmpty();

            WebElement veenland =
                    national.driver().findElement(By.cssSelector("#region-map a[href$='regio=veenland']"));
            ((JavascriptExecutor) national.driver()).executeScript("arguments[0].focus();", veenland);
            new Actions(national.driver()).sendKeys(Keys.ENTER).perform();
            national.waitForText(By.cssSelector("#map-region h3"), "Onderwijsregio Veenland");
            national.until(driver -> driver.getCurrentUrl().contains("regio=veenland"));
            national.waitForText(By.id("map-region"), "Midden-Groningen");
            national.shot("drill-down");
            assertThat(Axe.violations(national.driver())).isEmpty();
        }
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** member.noordkust searches the catalogue, filters on closed data, opens a detail, and the URL can be shared. */
class CatalogueJourneyIT extends FullStackTest {

    @Test
    void a_member_searches_filters_and_opens_a_detail() throws Exception {
        try (Browser browser = new Browser("catalogue")) {
            browser.open(APP + "/catalogus");
            browser.logInAtKeycloak("member.noordkust", "demo");
            browser.waitForText(By.tagName("h1"), "Catalogus");
            WebElement search = browser.waitFor(By.cssSelector("#catalogue-search input"));
            search.sendKeys("verzuim");
            browser.waitForText(By.cssSelector(".hit-title"), "erzuim");
            browser.shot("search");
            assertThat(browser.driver().getCurrentUrl()).contains("q=verzuim");

            WebElement closed = browser.driver().findElements(By.cssSelector("#facet-toegang vaadin-checkbox"))
                    .stream().filter(box -> box.getText().startsWith("Gesloten")).findFirst().orElseThrow();
            String before = browser.waitFor(By.cssSelector(".total")).getText();
            browser.click(closed);
            browser.until(driver -> !driver.findElement(By.cssSelector(".total")).getText().equals(before));
            assertThat(browser.driver().getCurrentUrl()).contains("toegang=CLOSED");
            // The virtual list keeps recycled rows in the DOM, hidden: only what is displayed counts.
            browser.until(driver -> driver.findElements(By.cssSelector(".results .badge-open")).stream()
                    .noneMatch(WebElement::isDisplayed));
            assertThat(browser.driver().findElements(By.cssSelector(".results .badge-closed"))).isNotEmpty();
            browser.shot("closed");

            browser.click(browser.driver().findElements(By.cssSelector(".hit")).getFirst());
            browser.waitFor(By.id("entry-title"));
            browser.shot("detail");
            String shared = browser.driver().getCurrentUrl();
            assertThat(shared).contains("bron=");

            browser.open(shared);
            browser.waitFor(By.id("entry-title"));
            assertThat(browser.driver().findElement(By.cssSelector("#catalogue-search input")).getDomProperty("value"))
                    .isEqualTo("verzuim");
        }
    }
}

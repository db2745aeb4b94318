package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor browses the public catalogue without logging in and opens an entry; member.noordkust logs in from there
 * (and comes back to the catalogue), searches, filters on closed data, opens a detail (shareable URL) and suggests a
 * correction; catalogus accepts it and the change is visible in the catalogue.
 */
class CatalogueJourneyIT extends FullStackTest {

    @Test
    void a_member_searches_filters_opens_a_detail_and_suggests_and_the_maintainer_accepts() throws Exception {
        String shared;
        String title;
        try (Browser browser = new Browser("catalogue")) {
            browser.open(APP + "/catalogus?bron=e001");
            browser.waitForText(By.tagName("h1"), "Catalogus");
            browser.waitFor(By.id("entry-title"));
            browser.waitFor(By.id("public-notice"));
            browser.shot("public");
            assertThat(browser.driver().findElements(By.id("suggest-correction")))
                    .isEmpty();
            assertThat(browser.driver().findElements(By.id("add-to-register"))).isEmpty();
            browser.logInAtKeycloak("member.noordkust", "demo");
            // back on the page the visitor signed in from, now as a member of the region
            browser.waitFor(By.id("suggest-correction"));
            assertThat(browser.driver().getCurrentUrl()).contains("/catalogus").contains("bron=e001");
            assertThat(browser.driver().findElements(By.id("public-notice"))).isEmpty();
            browser.open(APP + "/catalogus");
            browser.waitForText(By.tagName("h1"), "Catalogus");
            WebElement search = browser.waitFor(By.cssSelector("#catalogue-search input"));
            search.sendKeys("verzuim");
            browser.waitForText(By.cssSelector(".hit-title"), "erzuim");
            browser.shot("search");
            // the address follows the search field's last value change, which may come after the first hits
            browser.until(driver -> driver.getCurrentUrl().contains("q=verzuim"));

            WebElement closed = browser.driver().findElements(By.cssSelector("#facet-toegang vaadin-checkbox")).stream()
                    .filter(box -> box.getText().startsWith("Gesloten"))
                    .findFirst()
                    .orElseThrow();
            String before = browser.waitFor(By.cssSelector(".total")).getText();
            browser.click(closed);
            browser.until(driver ->
                    !driver.findElement(By.cssSelector(".total")).getText().equals(before));
            assertThat(browser.driver().getCurrentUrl()).contains("toegang=CLOSED");
            // The virtual list keeps recycled rows in the DOM, hidden: only what is displayed counts.
            browser.until(driver -> driver.findElements(By.cssSelector(".results .badge-open")).stream()
                            .noneMatch(WebElement::isDisplayed)
                    && driver.findElements(By.cssSelector(".results .badge-closed")).stream()
                            .anyMatch(WebElement::isDisplayed));
            browser.shot("closed");

            browser.click(browser.driver().findElements(By.cssSelector(".hit")).getFirst());
            browser.waitFor(By.id("entry-title"));
            browser.shot("detail");
            shared = browser.driver().getCurrentUrl();
            assertThat(shared).contains("bron=");

            browser.open(shared);
            title = browser.waitFor(By.id("entry-title")).getText();
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#catalogue-search input"))
                            .getDomProperty("value"))
                    .isEqualTo("verzuim");

            browser.click(browser.waitFor(By.id("suggest-correction")));
            browser.waitFor(By.cssSelector("#suggestion-text textarea")).sendKeys("Graag ook per bestuur.");
            browser.shot("suggestion");
            browser.click(browser.waitFor(By.id("send-suggestion")));
            browser.waitForText(By.tagName("vaadin-notification-card"), "verstuurd");
            shared = browser.driver().getCurrentUrl();
        }
        try (Browser maintainer = new Browser("catalogue-maintainer")) {
            maintainer.open(APP + "/catalogus/voorstellen");
            maintainer.logInAtKeycloak("catalogus", "demo");
            maintainer.waitForText(By.tagName("vaadin-grid"), "Graag ook per bestuur.");
            maintainer.shot("queue");
            maintainer.click(maintainer.driver().findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Verwerken"))
                    .findFirst()
                    .orElseThrow());
            WebElement information = maintainer.waitFor(By.cssSelector("#entry-information textarea"));
            information.clear();
            information.sendKeys("Hoogfrequente data over verzuim onder PO-personeel, ook per bestuur");
            maintainer.shot("editor");
            maintainer.click(maintainer.waitFor(By.id("save-entry")));
            maintainer.waitForText(By.tagName("vaadin-grid"), "Verwerkt");
            maintainer.shot("accepted");

            maintainer.open(shared);
            maintainer.waitForText(By.id("entry-title"), "ook per bestuur");
            maintainer.shot("changed");
            assertThat(title).doesNotContain("ook per bestuur");
        }
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * {@code consultant} (veenland and rivierenland) works in two tabs of one browser: switching the second tab to
 * Rivierenland leaves the first on Veenland, and a save in the first lands in Veenland.
 */
class TwoTabsJourneyIT extends FullStackTest {

    private static final String WHAT = "Instroom zij-instromers per bestuur (twee tabbladen)";
    private static final By HEADER_REGION = By.cssSelector("vaadin-select");

    @Test
    void a_save_in_a_tab_lands_in_the_region_that_tab_shows() throws Exception {
        try (Browser browser = new Browser("two-tabs")) {
            browser.open(APP + "/");
            browser.logInAtKeycloak("consultant", "demo");
            chooseInThisTab(browser, "Veenland");
            browser.open(APP + "/register");
            browser.waitForText(By.tagName("h1"), "Register gesloten data");
            browser.waitForText(HEADER_REGION, "Veenland");
            String first = browser.driver().getWindowHandle();

            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(APP + "/");
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Veenland");
            switchHeader(browser, "Rivierenland");
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Rivierenland");
            browser.shot("second-tab-rivierenland");
            String second = browser.driver().getWindowHandle();

            browser.driver().switchTo().window(first);
            assertThat(browser.waitFor(HEADER_REGION).getText()).contains("Veenland");
            browser.click(browser.waitFor(By.id("new-register-entry")));
            browser.waitFor(By.cssSelector("#register-catalogue-entry input")).sendKeys("e008");
            browser.waitFor(By.cssSelector("#register-what textarea")).sendKeys(WHAT);
            WebElement kind = browser.waitFor(By.cssSelector("#register-holder-kind input"));
            kind.sendKeys("Schoolbestuur");
            kind.sendKeys(Keys.ENTER);
            browser.waitFor(By.cssSelector("#register-holder-name input")).sendKeys("Stichting Veenscholen");
            browser.shot("first-tab-form");
            browser.click(browser.waitFor(By.id("save-register")));
            browser.waitForText(By.tagName("vaadin-grid"), WHAT);
            assertThat(browser.waitFor(HEADER_REGION).getText()).contains("Veenland");
            browser.shot("first-tab-saved-in-veenland");

            browser.driver().switchTo().window(second);
            browser.open(APP + "/register");
            browser.waitForText(By.tagName("h1"), "Register gesloten data");
            browser.waitForText(HEADER_REGION, "Rivierenland");
            browser.shot("second-tab-reloaded-still-rivierenland");
        }
        String token = Tokens.accessToken("consultant");
        HttpResponse<String> veenland = register("veenland", token);
        HttpResponse<String> rivierenland = register("rivierenland", token);
        assertThat(veenland.statusCode()).isEqualTo(200);
        assertThat(veenland.body()).contains(WHAT, "Stichting Veenscholen");
        assertThat(rivierenland.statusCode()).isEqualTo(200);
        assertThat(rivierenland.body()).contains("\"items\"").doesNotContain(WHAT);
    }

    /** On the picker of a first login, or with the header's switcher when a region was remembered. */
    private static void chooseInThisTab(Browser browser, String region) {
        browser.until(d -> !d.findElements(By.cssSelector("h1")).isEmpty()
                && (d.findElement(By.tagName("h1")).getText().contains("Voor welke regio werk je?")
                        || d.findElement(By.tagName("h1")).getText().startsWith("Onderwijsregio")));
        if (browser.driver().findElement(By.tagName("h1")).getText().contains("Voor welke regio")) {
            browser.click(browser.driver().findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Onderwijsregio " + region))
                    .findFirst()
                    .orElseThrow());
        } else if (!browser.waitFor(HEADER_REGION).getText().contains(region)) {
            switchHeader(browser, region);
        }
        browser.waitForText(By.tagName("h1"), "Onderwijsregio " + region);
    }

    private static void switchHeader(Browser browser, String region) {
        browser.click(browser.waitFor(HEADER_REGION));
        browser.waitForText(By.cssSelector("vaadin-select-list-box"), "Onderwijsregio " + region);
        browser.click(browser.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().contains(region))
                .findFirst()
                .orElseThrow());
    }

    private static HttpResponse<String> register(String region, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(APP + "/api/v1/regions/" + region + "/register?size=200"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

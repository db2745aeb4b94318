package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Layout at desktop widths, measured in the browser: the welcome page has no empty blue band, the register's to-do
 * cards keep long texts inside the card at 1280 and 1920 wide, and the catalogue's open detail leaves the result
 * list room to read.
 */
class LayoutJourneyIT extends FullStackTest {

    private static final String LONG_WHAT = "Verzuimcijfers per school, per maand en per functiecategorie over de "
            + "schooljaren 2021-2022 tot en met 2024-2025 inclusief langdurig verzuim (layout-journey)";

    @Autowired
    RegisterService register;

    @Test
    void the_welcome_page_register_cards_and_catalogue_detail_fit_their_space() throws Exception {
        waitingEntryWithALongText();
        try (Browser browser = new Browser("layout")) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open(APP + "/register");
            browser.waitFor(By.id("login"));
            browser.shot("welcome");
            BufferedImage welcome = ImageIO.read(
                    new ByteArrayInputStream(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES)));
            int topLeft = welcome.getRGB(8, 8) & 0xffffff;
            assertThat(topLeft)
                    .as("the top of the welcome page is no empty blue band (#154273)")
                    .isNotEqualTo(0x154273);
            browser.logInAtKeycloak("lead.noordkust", "demo");
            for (int width : List.of(1280, 1920)) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open(APP + "/register");
                browser.waitForText(By.cssSelector(".cards"), "layout-journey");
                browser.shot("register-" + width);
                List<?> overflowing = (List<?>) js(browser).executeScript("""
                                const out = [];
                                const page = document.documentElement.clientWidth;
                                for (const card of document.querySelectorAll('.cards > .card')) {
                                  const box = card.getBoundingClientRect();
                                  if (box.right > page + 1) out.push('card off screen: ' + card.innerText.slice(0, 40));
                                  for (const button of card.querySelectorAll('vaadin-button')) {
                                    const b = button.getBoundingClientRect();
                                    const label = button.shadowRoot.querySelector('[part=label]');
                                    if (b.right > box.right + 1) out.push('past the card: ' + button.innerText);
                                    if (label && label.scrollWidth > label.clientWidth + 1)
                                      out.push('cut off: ' + button.innerText);
                                  }
                                }
                                return out;
                                """);
                assertThat(overflowing).as("to-do cards at " + width + " px").isEmpty();
            }
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open(APP + "/catalogus?bron=e053");
            browser.waitFor(By.id("entry-title"));
            browser.shot("catalogue-detail-1280");
            Number results = (Number) js(browser)
                    .executeScript("return document.querySelector('.result-column').getBoundingClientRect().width;");
            assertThat(results.doubleValue())
                    .as("the result list beside the open detail at 1280 px")
                    .isGreaterThanOrEqualTo(450);
        }
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    /** A request sent 40 days ago with a long description: it lands in "waiting for an answer". */
    private void waitingEntryWithALongText() {
        AsUser.lead("noordkust").run("noordkust", () -> {
            RegisterEntry entry = register.create(new RegisterDraft(
                    "e053",
                    null,
                    LONG_WHAT,
                    null,
                    null,
                    HolderKind.BESTUUR,
                    "Stichting Openbaar Primair Onderwijs Kust en Polder (layout)",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            register.transition(
                    entry.id(),
                    entry.revision(),
                    RegisterStatus.AANGEVRAAGD,
                    LocalDate.now().minusDays(40));
        });
    }
}

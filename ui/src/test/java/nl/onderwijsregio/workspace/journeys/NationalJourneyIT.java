package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * national opens the national overview, drills down from a matrix cell and downloads the matrix as CSV;
 * lead.noordkust gets the Dutch no-access page there.
 */
class NationalJourneyIT extends FullStackTest {

    @Test
    void national_staff_drill_down_and_download_and_a_region_lead_is_refused() throws Exception {
        try (Browser national = new Browser("national")) {
            national.open(APP + "/landelijk");
            national.logInAtKeycloak("national", "demo");
            national.waitForText(By.tagName("h1"), "Landelijk overzicht");
            national.waitForText(By.id("coverage-matrix"), "Onderwijsregio Noordkust");
            national.shot("matrix");

            national.click(national.waitFor(By.cssSelector("vaadin-button.heat-cell")));
            national.waitFor(By.id("lines-grid"));
            national.until(
                    driver -> !driver.findElements(By.cssSelector("#lines-grid vaadin-grid-cell-content")).stream()
                            .filter(cell -> cell.getText().startsWith("Onderwijsregio"))
                            .toList()
                            .isEmpty());
            national.shot("drill-down");
            national.click(national.waitFor(By.id("close-lines")));

            String href = national.waitFor(By.id("export-dekking-per-regio-en-thema-csv"))
                    .getDomAttribute("href");
            assertThat(href).isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, Object> response = (Map<String, Object>) ((JavascriptExecutor) national.driver())
                    .executeAsyncScript(
                            """
                            const done = arguments[arguments.length - 1];
                            fetch(arguments[0], {credentials: 'same-origin'})
                              .then(async r => {
                                const bytes = new Uint8Array(await r.arrayBuffer());
                                done({status: r.status, bom: bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF,
                                      text: new TextDecoder().decode(bytes.slice(0, 200))});
                              })
                              .catch(e => done({status: -1, bom: false, text: String(e)}));""",
                            new java.net.URI(national.driver().getCurrentUrl())
                                    .resolve(href)
                                    .toString());
            assertThat(((Number) response.get("status")).intValue()).isEqualTo(200);
            assertThat(response.get("bom")).isEqualTo(true);
            assertThat((String) response.get("text")).startsWith("Regio;");

            national.click(national.waitFor(By.id("tab-trend")));
            national.waitFor(By.id("trend-grid"));
            national.until(driver -> driver.getCurrentUrl().endsWith("/landelijk?deel=trend"));
            national.until(
                    driver -> driver.findElements(By.cssSelector("#trend-grid vaadin-grid-cell-content")).stream()
                            .anyMatch(cell -> !cell.getText().isBlank()));
            national.shot("trend");
        }
        try (Browser lead = new Browser("national-noordkust")) {
            lead.open(APP + "/landelijk");
            lead.logInAtKeycloak("lead.noordkust", "demo");
            lead.waitForText(By.tagName("h1"), "Geen toegang");
            lead.shot("refused");
        }
    }
}

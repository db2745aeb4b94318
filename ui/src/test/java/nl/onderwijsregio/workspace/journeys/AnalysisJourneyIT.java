package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.ChapterSuggestions;
import nl.onderwijsregio.workspace.analysis.Evidence;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * lead.noordkust writes in *Behouden*, attaches and cites a register entry and a finding from the suggestions, and
 * exports DOCX and PDF (both opened: chapter text and the source in the Bronnenverantwoording); lead.veenland reads
 * noordkust's analysis only once it is vastgesteld and shared with the neighbours, lead.stedenband never; national
 * staff see the status row, and the text only when it is shared with the Realisatie-Eenheid.
 */
class AnalysisJourneyIT extends FullStackTest {

    private static final String TEXT = "Startende leraren in Noordkust haken vaak af in hun eerste jaar (journey).";

    @Autowired
    AnalysisService analyses;

    private static String sourceOf(Evidence closedData) {
        String label = closedData.label();
        return label.contains(": ") ? label.substring(0, label.indexOf(": ")) : label;
    }

    @Test
    void a_chapter_is_written_with_evidence_delivered_and_read_exactly_where_it_is_shared() throws Exception {
        AsUser lead = AsUser.lead("noordkust");
        Analysis before = lead.call("noordkust", () -> analyses.current()).orElseThrow();
        Chapter behouden = before.chapters().stream()
                .filter(c -> c.title().equals("Behouden"))
                .findFirst()
                .orElseThrow();
        ChapterSuggestions suggested = lead.call("noordkust", () -> analyses.suggestions(behouden.id()));
        Evidence closedData = suggested.closedData().getFirst();
        Evidence finding = suggested.findings().getFirst();

        try (Browser author = new Browser("analysis-noordkust")) {
            author.open(APP + "/analyse");
            author.logInAtKeycloak("lead.noordkust", "demo");
            author.waitForText(By.id("edition-heading"), before.edition());
            author.waitForText(By.id("chapters"), "Behouden");
            author.shot("analysis");
            author.open(APP + "/analyse/hoofdstuk/" + behouden.id());
            author.waitForText(By.id("chapter-heading"), "Behouden");
            author.waitForText(By.id("suggestions-panel"), closedData.label());
            author.waitFor(By.cssSelector("#chapter-body textarea")).sendKeys(TEXT + " ");
            author.click(author.waitFor(
                    By.id("attach-cite-register-" + closedData.ref().ref())));
            author.waitForText(By.id("evidence-panel"), closedData.label());
            author.click(author.waitFor(
                    By.id("attach-cite-bevinding-" + finding.ref().ref())));
            author.waitForText(By.id("evidence-panel"), finding.label());
            author.waitForText(By.id("chapter-preview"), "Startende leraren in Noordkust");
            author.shot("written");
            author.click(author.waitFor(By.id("save-chapter")));
            author.until(driver -> lead.call(
                    "noordkust",
                    () -> analyses.analysis(before.id())
                            .chapter(behouden.id())
                            .orElseThrow()
                            .body()
                            .contains(TEXT)));
            author.shot("saved");

            Chapter saved = lead.call(
                            "noordkust", () -> analyses.analysis(before.id()).chapter(behouden.id()))
                    .orElseThrow();
            assertThat(saved.body())
                    .contains(TEXT, closedData.ref().citation(), finding.ref().citation());
            assertThat(saved.evidence()).contains(closedData.ref(), finding.ref());

            author.open(APP + "/analyse");
            author.click(author.waitFor(By.id("export-docx")));
            byte[] docx = download(author);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                String text = extractor.getText();
                assertThat(text).contains(TEXT);
                String account = text.substring(text.lastIndexOf("Bronnenverantwoording"));
                // the closed data cited, whichever the suggestions put first (other journeys add register entries):
                // its label is "<catalogue source>: <register entry>", the account names the source
                assertThat(account).contains(sourceOf(closedData));
            }
            author.click(author.waitFor(By.id("export-pdf")));
            byte[] pdf = download(author);
            try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
                var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                StringBuilder all = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    all.append(extractor.getTextFromPage(page)).append('\n');
                }
                String text = all.toString().replaceAll("\\s+", " ");
                assertThat(text).contains("Startende leraren in Noordkust");
                String source = sourceOf(closedData);
                assertThat(text.substring(text.lastIndexOf("Bronnenverantwoording")))
                        .contains(source.substring(0, Math.min(source.length(), 30)));
            }
            author.shot("exported");
        }

        // Not shared yet: veenland (a neighbour) does not see noordkust's analysis.
        try (Browser neighbour = new Browser("analysis-veenland-before")) {
            neighbour.open(APP + "/analyse");
            neighbour.logInAtKeycloak("lead.veenland", "demo");
            neighbour.waitFor(By.id("shared-heading"));
            neighbour.waitFor(By.id("edition-heading"));
            assertThat(neighbour.driver().getPageSource())
                    .doesNotContain(TEXT)
                    .doesNotContain("Onderwijsregio Noordkust");
        }

        Release release;
        try (Browser author = new Browser("analysis-noordkust-establish")) {
            author.open(APP + "/analyse");
            author.logInAtKeycloak("lead.noordkust", "demo");
            author.click(author.waitFor(By.id("establish")));
            author.waitFor(By.id("confirm-establish"));
            ((JavascriptExecutor) author.driver())
                    .executeScript("document.querySelector('#share-neighbours input').click()");
            author.until(driver ->
                    "true".equals(driver.findElement(By.id("share-neighbours")).getDomProperty("checked")));
            author.shot("establish");
            author.click(author.waitFor(By.id("confirm-establish")));
            author.waitForText(By.id("analysis-status"), "Vastgesteld");
            author.waitFor(By.id("releases"));
            author.shot("established");
            release = lead.call("noordkust", () -> analyses.current())
                    .orElseThrow()
                    .releases()
                    .getFirst();
            assertThat(release.sharedNeighbours()).isTrue();
            assertThat(release.sharedNational()).isFalse();
        }
        String releaseUrl = APP + "/analyse/versie/" + release.id();

        try (Browser neighbour = new Browser("analysis-veenland")) {
            neighbour.open(APP + "/analyse");
            neighbour.logInAtKeycloak("lead.veenland", "demo");
            neighbour.waitForText(By.id("shared-releases"), "Noordkust");
            neighbour.shot("shared-with-us");
            neighbour.open(releaseUrl);
            neighbour.waitForText(By.id("release-chapters"), "Startende leraren in Noordkust");
            neighbour.shot("release");
        }
        try (Browser stranger = new Browser("analysis-stedenband")) {
            stranger.open(APP + "/analyse");
            stranger.logInAtKeycloak("lead.stedenband", "demo");
            stranger.waitFor(By.id("shared-heading"));
            assertThat(stranger.driver().getPageSource()).doesNotContain("Onderwijsregio Noordkust");
            stranger.open(releaseUrl);
            stranger.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            assertThat(stranger.driver().getPageSource()).doesNotContain(TEXT);
            stranger.shot("not-shared");
        }
        try (Browser national = new Browser("analysis-national")) {
            national.open(APP + "/landelijk?deel=analyses");
            national.logInAtKeycloak("national", "demo");
            national.waitForText(By.id("analyses-grid"), "Onderwijsregio Noordkust");
            national.shot("status-row");
            assertThat(national.driver().getPageSource()).doesNotContain(TEXT);
            national.open(APP + "/landelijk/analyse/" + release.id());
            national.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            assertThat(national.driver().getPageSource()).doesNotContain(TEXT);

            lead.run("noordkust", () -> analyses.share(release.id(), true, true));
            national.open(APP + "/landelijk/analyse/" + release.id());
            national.waitForText(By.tagName("body"), "Startende leraren in Noordkust");
            national.shot("shared-with-national");
        }
    }

    /** Waits for the export's download link and fetches it in the page (same session), returning the bytes. */
    private static byte[] download(Browser browser) throws Exception {
        String href = browser.waitFor(By.cssSelector("#export-link")).getDomAttribute("href");
        assertThat(href).isNotBlank();
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        """
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0], {credentials: 'same-origin'})
                          .then(async r => {
                            const bytes = new Uint8Array(await r.arrayBuffer());
                            let binary = '';
                            for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                            done({status: r.status, body: btoa(binary)});
                          })
                          .catch(e => done({status: -1, body: ''}));""",
                        new URI(browser.driver().getCurrentUrl()).resolve(href).toString());
        assertThat(((Number) response.get("status")).intValue()).isEqualTo(200);
        byte[] bytes = Base64.getDecoder().decode((String) response.get("body"));
        browser.driver().navigate().refresh();
        return bytes;
    }
}

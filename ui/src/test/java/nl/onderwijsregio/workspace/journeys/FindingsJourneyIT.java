package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * lead.noordkust publishes a finding to the neighbours; lead.veenland (a neighbour) sees it in the feed and reacts;
 * lead.stedenband (not a neighbour) never sees it; set back to the own region, it is gone for veenland too.
 */
class FindingsJourneyIT extends FullStackTest {

    private static final String TITLE = "Zij-instromers en begeleiding (journey)";
    /** Shared with all: in every list below, so that a list without TITLE is known to have rendered. */
    private static final String FOR_ALL = "Voor iedereen zichtbaar (journey)";

    @Autowired
    FindingService findings;

    @Test
    void a_finding_reaches_exactly_the_neighbours_and_disappears_when_set_back_to_private() throws Exception {
        AsUser.lead("noordkust")
                .run(
                        "noordkust",
                        () -> findings.create(new FindingDraft(
                                FOR_ALL,
                                "Voor iedereen.",
                                Theme.BEHOUDEN,
                                null,
                                FindingKind.OVERIG,
                                LocalDate.of(2026, 1, 1),
                                null,
                                Set.of(),
                                List.of(),
                                List.of(),
                                true,
                                Visibility.ALL)));
        String findingUrl;
        try (Browser author = new Browser("findings-noordkust")) {
            author.open(APP + "/bevindingen");
            author.logInAtKeycloak("lead.noordkust", "demo");
            author.click(author.waitFor(By.id("new-finding")));
            author.waitFor(By.cssSelector("#finding-title input")).sendKeys(TITLE);
            author.waitFor(By.cssSelector("#finding-body textarea"))
                    .sendKeys("Begeleiding naast het werk is **te zwaar**.");
            choose(author, "finding-theme", "Behouden");
            choose(author, "finding-kind", "Interview");
            author.click(radio(author, "finding-published", "Publiceren"));
            author.click(radio(author, "finding-visibility", "Eigen regio en buurregio's"));
            author.shot("form");
            author.click(author.waitFor(By.id("save-finding")));
            author.waitForText(By.id("finding-heading"), TITLE);
            author.shot("published");
            findingUrl = author.driver().getCurrentUrl();
        }
        try (Browser neighbour = new Browser("findings-veenland")) {
            neighbour.open(APP + "/bevindingen?weergave=gedeeld");
            neighbour.logInAtKeycloak("lead.veenland", "demo");
            neighbour.waitForText(By.className("finding-list"), TITLE);
            neighbour.shot("feed");
            neighbour.click(neighbour.waitFor(By.linkText(TITLE)));
            neighbour.waitForText(By.id("finding-heading"), TITLE);
            neighbour.waitFor(By.cssSelector("#comment-text textarea")).sendKeys("Herkenbaar in Veenland.");
            neighbour.click(neighbour.waitFor(By.id("send-comment")));
            neighbour.waitForText(By.id("comments"), "Herkenbaar in Veenland.");
            neighbour.shot("commented");
        }
        try (Browser stranger = new Browser("findings-stedenband")) {
            stranger.open(APP + "/bevindingen?weergave=alles");
            stranger.logInAtKeycloak("lead.stedenband", "demo");
            stranger.waitForText(By.tagName("h1"), "Bevindingen");
            stranger.waitForText(By.className("finding-list"), FOR_ALL);
            assertThat(stranger.driver().getPageSource()).doesNotContain(TITLE);
            stranger.open(findingUrl);
            stranger.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            assertThat(stranger.driver().getPageSource()).doesNotContain(TITLE);
            stranger.shot("not-shared");
        }
        try (Browser author = new Browser("findings-noordkust-private")) {
            author.open(findingUrl);
            author.logInAtKeycloak("lead.noordkust", "demo");
            author.waitForText(By.id("comments"), "Herkenbaar in Veenland.");
            author.click(author.waitFor(By.id("edit-finding")));
            author.click(radio(author, "finding-visibility", "Alleen eigen regio"));
            author.click(author.waitFor(By.id("save-finding")));
            author.waitForText(By.className("finding-meta"), "Interview");
            author.waitForText(By.className("hit-badges"), "Alleen eigen regio");
            author.shot("private");
        }
        try (Browser neighbour = new Browser("findings-veenland-after")) {
            neighbour.open(APP + "/bevindingen?weergave=gedeeld");
            neighbour.logInAtKeycloak("lead.veenland", "demo");
            neighbour.waitForText(By.tagName("h1"), "Bevindingen");
            neighbour.waitForText(By.className("finding-list"), FOR_ALL);
            assertThat(neighbour.driver().getPageSource()).doesNotContain(TITLE);
            neighbour.open(findingUrl);
            neighbour.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            neighbour.shot("gone");
        }
    }

    private static void choose(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private static WebElement radio(Browser browser, String group, String label) {
        browser.waitFor(By.id(group));
        return browser.driver().findElements(By.cssSelector("#" + group + " vaadin-radio-button")).stream()
                .filter(r -> r.getText().contains(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " in " + group));
    }
}

package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** lead.noordkust adds a register entry from a catalogue entry and moves it to ontvangen; lead.veenland never sees it. */
class RegisterJourneyIT extends FullStackTest {

    private static final String WHAT = "Verzuim per school 2023-2025 (journey)";
    private static final String VEENLANDS_OWN = "Eigen registratie van Veenland (journey)";

    @Autowired
    RegisterService register;

    @Test
    void a_lead_registers_received_data_and_another_region_cannot_see_it() throws Exception {
        try (Browser lead = new Browser("register-noordkust")) {
            lead.open(APP + "/catalogus?bron=e053");
            lead.logInAtKeycloak("lead.noordkust", "demo");
            lead.click(lead.waitFor(By.id("add-to-register")));
            lead.waitFor(By.cssSelector("#register-what textarea")).sendKeys(WHAT);
            WebElement kind = lead.waitFor(By.cssSelector("#register-holder-kind input"));
            kind.sendKeys("Schoolbestuur");
            kind.sendKeys(Keys.ENTER);
            lead.waitFor(By.cssSelector("#register-holder-name input")).sendKeys("Stichting Kustscholen");
            lead.shot("form");
            lead.click(lead.waitFor(By.id("save-register")));
            lead.waitForText(By.tagName("vaadin-notification-card"), "Toegevoegd");

            lead.open(APP + "/register");
            lead.waitForText(By.tagName("vaadin-grid"), WHAT);
            lead.shot("register");
            lead.click(lead.driver().findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(cell -> cell.getText().equals(WHAT))
                    .findFirst()
                    .orElseThrow());
            lead.click(lead.waitFor(By.id("step-aangevraagd")));
            lead.click(lead.waitFor(By.id("step-ontvangen")));
            lead.waitForText(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"), "Ontvangen");
            lead.shot("received");
        }
        AsUser.lead("veenland")
                .run(
                        "veenland",
                        () -> register.create(new RegisterDraft(
                                "e056",
                                null,
                                VEENLANDS_OWN,
                                null,
                                null,
                                HolderKind.VFPF,
                                "Vfpf",
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
                                null)));
        try (Browser other = new Browser("register-veenland")) {
            other.open(APP + "/register");
            other.logInAtKeycloak("lead.veenland", "demo");
            other.waitForText(By.tagName("h1"), "Register gesloten data");
            other.waitForText(By.tagName("vaadin-grid"), VEENLANDS_OWN);
            other.shot("veenland");
            assertThat(other.driver().getPageSource()).doesNotContain(WHAT).doesNotContain("Stichting Kustscholen");
        }
    }
}

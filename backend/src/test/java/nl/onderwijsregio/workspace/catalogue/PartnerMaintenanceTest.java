package nl.onderwijsregio.workspace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The maintainer keeps the data partners current, with history; nobody else may. */
@SpringBootTest(classes = BackendTestApplication.class)
class PartnerMaintenanceTest extends DatabaseTest {

    @Autowired
    PartnerMaintenance maintenance;

    @Autowired
    CatalogueService catalogue;

    @Test
    void a_partner_is_changed_and_retired_with_history() {
        AsUser.withRole(Role.CATALOGUE_ADMIN).run(null, () -> {
            DataPartner sbb = catalogue.partner("sbb").orElseThrow();
            PartnerChange change = PartnerChange.of(sbb);
            DataPartner changed = maintenance.update(
                    "sbb",
                    new PartnerChange(
                            change.name(),
                            change.description() + " Bijgewerkt.",
                            change.access(),
                            change.breakdown(),
                            "https://www.s-bb.nl/"));
            assertThat(changed.link()).isEqualTo("https://www.s-bb.nl/");
            assertThat(maintenance.setRetired("sbb", true).retired()).isTrue();
            assertThat(catalogue.history("partner:sbb"))
                    .extracting(CatalogueChange::action)
                    .containsExactly("PARTNER_RETIRED", "PARTNER_CHANGED");
            maintenance.setRetired("sbb", false);
            assertThatThrownBy(() -> maintenance.update("sbb", new PartnerChange("", "", "OPEN", null, "geen-url")))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("Geef de naam van de datapartner.");
            // partners cannot be added: put the curated one back as it was, for the tests that read it
            assertThat(maintenance.update("sbb", change).link()).isEqualTo(sbb.link());
        });
    }

    @Test
    void others_may_not() {
        assertThatThrownBy(() ->
                        AsUser.lead(TestRegions.id("noordkust")).run(null, () -> maintenance.setRetired("sbb", true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

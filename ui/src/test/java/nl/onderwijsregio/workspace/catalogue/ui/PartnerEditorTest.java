package nl.onderwijsregio.workspace.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.PartnerChange;
import nl.onderwijsregio.workspace.catalogue.PartnerMaintenance;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The maintainer fills in what the public DCAT feed needs of a partner: organisation IRI, contact, licence. */
class PartnerEditorTest extends BrowserlessUiTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);
    private static final String PARTNER = "appo-scenariomodel-po";

    @Autowired
    PartnerMaintenance maintenance;

    @Autowired
    CatalogueService catalogue;

    @Test
    void a_wrong_address_is_refused_at_its_field_and_the_right_ones_are_saved() {
        MAINTAINER.run(null, () -> {
            DataPartner before = catalogue.partner(PARTNER).orElseThrow();
            AtomicBoolean saved = new AtomicBoolean();
            new PartnerEditor(maintenance, before, () -> saved.set(true)).open();
            TextField email = find(TextField.class).id("partner-contact-email");
            TextField organisation = find(TextField.class).id("partner-organisation-iri");
            TextField licence = find(TextField.class).id("partner-licence");
            test(email).setValue("geen adres");
            test(organisation).setValue("identifier.overheid.nl/tooi");
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage()).isEqualTo("Geef een e-mailadres, zoals info@voorbeeld.nl.");
            assertThat(organisation.getErrorMessage()).startsWith("Geef de IRI van de organisatie");
            assertThat(saved).isFalse();

            test(email).setValue("info@appo.example");
            test(organisation).setValue("https://identifier.overheid.nl/tooi/id/proef/appo");
            test(licence).setValue("http://creativecommons.org/publicdomain/zero/1.0/deed.nl");
            test(find(Button.class).withText("Opslaan").single()).click();
            try {
                assertThat(saved).isTrue();
                DataPartner after = catalogue.partner(PARTNER).orElseThrow();
                assertThat(after.contactEmail()).isEqualTo("info@appo.example");
                assertThat(after.organisationIri()).isEqualTo("https://identifier.overheid.nl/tooi/id/proef/appo");
                assertThat(after.licence()).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/deed.nl");
                assertThat(after.name()).isEqualTo(before.name());
            } finally {
                maintenance.update(PARTNER, PartnerChange.of(before));
            }
        });
    }
}

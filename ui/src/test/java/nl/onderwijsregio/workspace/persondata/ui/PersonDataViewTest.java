package nl.onderwijsregio.workspace.persondata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

class PersonDataViewTest extends BrowserlessUiTest {

    @Test
    void every_signed_in_person_finds_the_download_of_their_own_data() {
        AsUser.member("noordkust").run(null, () -> {
            navigate(PersonDataView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Mijn gegevens");
            Anchor download = find(Anchor.class).withId("persondata-download").single();
            assertThat(download.getText()).isEqualTo("Mijn gegevens downloaden (ZIP)");
            assertThat(download.getHref()).isNotBlank();
        });
    }
}

package nl.onderwijsregio.workspace.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.onderwijsregio.workspace.regions.ui.RegionChoice;
import nl.onderwijsregio.workspace.shell.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the browserless screen tests: the whole application on the real database, the UI in Dutch. */
@SpringBootTest
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @Autowired
    private RegionChoice regionChoice;

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(Translations.DUTCH);
    }

    /**
     * Runs {@code work} as {@code user} in this tab after choosing {@code region} in it, as the header's switcher
     * does: the screens and every transaction they start act for the tab's region, nothing else binds one.
     */
    protected void inTab(AsUser user, String region, Runnable work) {
        user.run(null, () -> {
            regionChoice.choose(region);
            work.run();
        });
    }
}

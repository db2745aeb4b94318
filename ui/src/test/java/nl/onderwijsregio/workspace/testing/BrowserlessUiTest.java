package nl.onderwijsregio.workspace.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.onderwijsregio.workspace.shell.Translations;
import org.junit.jupiter.api.BeforeEach;
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

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(Translations.DUTCH);
    }
}

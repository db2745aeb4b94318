package nl.onderwijsregio.workspace;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.onderwijsregio.workspace.database.BackupCommand;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.messages.Texts;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Werkruimte Onderwijsregio's application: Spring Boot with the Vaadin user interface. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class WorkspaceApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args)); // backup / restore of the database instead of starting the app
        }
        SpringApplication.run(WorkspaceApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Werkruimte Onderwijsregio's");
        settings.addMetaTag("description", Texts.text("app.description", language(settings.getRequest())));
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /** The first page's language: the browser session's choice (its cookie), else Accept-Language, else Dutch. */
    static Locale language(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
                .filter(c -> Language.COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromTag(c.getValue()))
                .map(Language::locale)
                .orElseGet(() -> ProblemTexts.locale(request.getHeader("Accept-Language")));
    }
}

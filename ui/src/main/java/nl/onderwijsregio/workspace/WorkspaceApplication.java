package nl.onderwijsregio.workspace;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import nl.onderwijsregio.workspace.database.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Werkruimte Onderwijsregio's application: Spring Boot with the Vaadin user interface. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Werkruimte voor de onderwijsregio's en de Realisatie-Eenheid")
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
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}

package nl.onderwijsregio.workspace.analysis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Executor;
import nl.onderwijsregio.workspace.analysis.AnalysisRuleException;
import nl.onderwijsregio.workspace.analysis.ExportFile;
import nl.onderwijsregio.workspace.analysis.ExportFormat;
import nl.onderwijsregio.workspace.shell.DownloadLink;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The export buttons (DOCX, PDF, Markdown). An export runs off the request that asked for it, with a visible
 * progress bar and status text while the tab polls; the file is made inside the tab (so for the tab's region) and
 * then offered as a download under the name the backend gives it. The application has no server push, hence polling.
 */
class AnalysisExports extends Div {

    /** Where exports run; the tests run them in place. */
    static Executor background =
            task -> Thread.ofVirtual().name("analysis-export").start(task);

    private static final int POLL_MS = 500;

    /** Makes one export file; called inside the tab. */
    @FunctionalInterface
    interface Exporter {
        ExportFile export(ExportFormat format);
    }

    private final Exporter exporter;
    private final List<Button> buttons = new ArrayList<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div download = new Div();

    AnalysisExports(Exporter exporter) {
        this.exporter = exporter;
        addClassName("analysis-exports");
        Div row = new Div();
        row.addClassName("analysis-actions");
        for (ExportFormat format : ExportFormat.values()) {
            Button button = new Button(
                    getTranslation("analysis.export." + format.name()),
                    VaadinIcon.DOWNLOAD_ALT.create(),
                    e -> start(format));
            button.setId("export-" + format.extension());
            buttons.add(button);
            row.add(button);
        }
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("export-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("analysis.export.busy.label"));
        status.setId("export-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        download.setId("export-download");
        add(row, progress, status, download);
    }

    private void start(ExportFormat format) {
        UI ui = UI.getCurrent();
        buttons.forEach(b -> b.setEnabled(false));
        download.removeAll();
        progress.setVisible(true);
        status.setText(getTranslation("analysis.export.busy", format.label()));
        ui.setPollInterval(POLL_MS);
        SecurityContext security = SecurityContextHolder.getContext();
        background.execute(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                ui.accessSynchronously(() -> finish(ui, format));
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                // the tab was closed while exporting: nobody to hand the file to
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    /** Runs inside the tab: makes the file and offers it, or says in Dutch why not. */
    private void finish(UI ui, ExportFormat format) {
        @Nullable ExportFile file = null;
        String problem = null;
        try {
            file = exporter.export(format);
        } catch (AnalysisRuleException | AccessDeniedException | NoSuchElementException e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            problem = getTranslation("analysis.export.failed");
        }
        progress.setVisible(false);
        buttons.forEach(b -> b.setEnabled(true));
        ui.setPollInterval(-1);
        if (file == null) {
            status.setText(problem);
            Notification.show(problem).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        ExportFile made = file;
        status.setText(getTranslation("analysis.export.ready", made.fileName()));
        Anchor link = DownloadLink.of(
                getTranslation("analysis.export.download", made.fileName()),
                made.fileName(),
                made.contentType(),
                made::content);
        link.setId("export-link");
        download.add(link);
    }
}

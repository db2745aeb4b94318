package nl.onderwijsregio.workspace.analysis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.tenancy.Handoff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The export buttons (DOCX, PDF, Markdown). An export runs off the request that asked for it, with a visible
 * progress bar and status text while the tab polls; the file is made outside the tab's lock, for the person and the
 * tab's region, and then offered as a download under the name the backend gives it. The application has no server push, hence polling.
 */
class AnalysisExports extends Div {

    /** Where exports run; the tests run them in place. */
    static Executor background =
            task -> Thread.ofVirtual().name("analysis-export").start(task);

    private static final int POLL_MS = 500;

    /** Makes one export file; called off the tab's lock, with the tab's region bound. */
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
        Handoff tab = Handoff.ofCurrentWork(); // the tab's region, captured while serving the tab
        java.util.Locale language = getLocale(); // the document's fixed texts in the tab's language
        background.execute(() -> {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(language);
            Outcome outcome;
            try {
                outcome = make(security, tab, format);
            } finally {
                org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
            }
            try {
                ui.accessSynchronously(() -> finish(ui, outcome));
            } catch (UIDetachedException e) {
                // the tab was closed while exporting: nobody to hand the file to
            }
        });
    }

    /**
     * Makes the file outside the tab's lock, so the tab (and the person's other tabs) stay responsive while a long
     * document renders; the work is bound to the person and the tab's region as they were when they asked.
     */
    private Outcome make(SecurityContext security, Handoff tab, ExportFormat format) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            return tab.run(() -> new Outcome(exporter.export(format), null));
        } catch (AnalysisRuleException | AccessDeniedException | NoSuchElementException e) {
            return new Outcome(
                    null, Translations.explain(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        } catch (RuntimeException e) {
            return new Outcome(null, null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A made file, or why not: the exception's Dutch message, or none for an unexpected failure. */
    private record Outcome(
            @Nullable ExportFile file, @Nullable String problem) {}

    /** Runs inside the tab: offers the file, or says why not. */
    private void finish(UI ui, Outcome outcome) {
        progress.setVisible(false);
        buttons.forEach(b -> b.setEnabled(true));
        ui.setPollInterval(-1);
        ExportFile made = outcome.file();
        if (made == null) {
            String problem = outcome.problem() == null ? getTranslation("analysis.export.failed") : outcome.problem();
            status.setText(problem);
            Notification.show(problem).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
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

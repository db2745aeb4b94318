package nl.onderwijsregio.workspace.register.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import nl.onderwijsregio.workspace.register.ImportRow;
import nl.onderwijsregio.workspace.register.RegisterConflictException;
import nl.onderwijsregio.workspace.register.RegisterImport;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.shell.UploadTexts;

/** CSV import: upload, a preview of what each line will do (with its errors), then an all-or-nothing commit. */
class ImportDialog extends Dialog {

    private final RegisterImport importer;
    private final Runnable imported;
    private final Grid<ImportRow> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button commit = new Button();
    private byte[] file = new byte[0];

    ImportDialog(RegisterImport importer, Runnable imported) {
        Dialogs.identify(this, "register-import");
        this.importer = importer;
        this.imported = imported;
        setHeaderTitle(getTranslation("register.import.title"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> show(bytes));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(RegisterImport.MAX_BYTES);
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, this);
        preview.addColumn(ImportRow::line)
                .setHeader(getTranslation("register.import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(r -> r.draft() == null
                        ? ""
                        : r.draft().what() + " · " + r.draft().holderName())
                .setHeader(getTranslation("register.field.what"))
                .setFlexGrow(2);
        preview.addColumn(r -> getTranslation("register.import.action." + r.action())
                        + (r.errors().isEmpty()
                                ? ""
                                : ": "
                                        + String.join(
                                                " ",
                                                r.errors().stream()
                                                        .map(e -> e.text(getLocale()))
                                                        .toList())))
                .setHeader(getTranslation("register.import.result"))
                .setFlexGrow(3);
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setPartNameGenerator(r -> r.error() ? "import-error" : null);
        preview.setHeight("40vh");
        preview.setVisible(false);
        commit.setText(getTranslation("register.import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        summary.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("register.import.intro")), upload, summary, preview);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
        setWidth("min(60rem, 96vw)");
    }

    void show(byte[] bytes) {
        try {
            List<ImportRow> rows = importer.preview(bytes);
            file = bytes;
            long creates =
                    rows.stream().filter(r -> "CREATE".equals(r.action())).count();
            long errors = rows.stream().filter(ImportRow::error).count();
            long duplicates = rows.size() - creates - errors;
            summary.setText(getTranslation("register.import.counts", creates, duplicates, errors));
            preview.setItems(rows);
            preview.setVisible(true);
            commit.setEnabled(errors == 0 && creates > 0);
        } catch (RegisterRuleException e) {
            summary.setText(Translations.explain(e, getLocale()));
            preview.setVisible(false);
            commit.setEnabled(false);
        }
    }

    private void commit() {
        try {
            int created = importer.commit(file);
            close();
            imported.run();
            Notification.show(getTranslation("register.import.done", created))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RegisterRuleException | RegisterConflictException e) {
            // e.g. a code taken out of the catalogue since the preview: say so, and show the preview again
            String message = getTranslation("register.import.failed", Translations.explain(e, getLocale()));
            show(file);
            summary.setText(message);
            commit.setEnabled(false);
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}

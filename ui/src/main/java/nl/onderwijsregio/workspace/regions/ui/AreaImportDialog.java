package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.regions.AreaImport;
import nl.onderwijsregio.workspace.regions.AreaImportLine;
import nl.onderwijsregio.workspace.regions.AreaImportPreview;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.shell.UploadTexts;

/** Reads areas from a CSV file {@code regio;gemeentecode}: a preview of every line first, then all or nothing. */
class AreaImportDialog extends Dialog {

    private final AreaImport importer;
    private final Runnable imported;
    private final Grid<AreaImportLine> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button commit = new Button();
    private byte[] file = new byte[0];

    AreaImportDialog(AreaImport importer, Runnable imported) {
        Dialogs.identify(this, "areas-import");
        this.importer = importer;
        this.imported = imported;
        setHeaderTitle(getTranslation("areas.import.title"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> show(bytes));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(AreaImport.MAX_BYTES);
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, this);
        preview.addColumn(AreaImportLine::line)
                .setHeader(getTranslation("register.import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(AreaImportLine::region).setHeader(getTranslation("areas.region"));
        preview.addColumn(l -> l.municipality() + (l.municipalityName() == null ? "" : " " + l.municipalityName()))
                .setHeader(getTranslation("area.column.municipality"));
        preview.addColumn(l ->
                        getTranslation("areas.import.outcome." + l.outcome().name())
                                + (l.message() == null ? "" : ": " + l.message().text(getLocale())))
                .setHeader(getTranslation("register.import.result"))
                .setFlexGrow(3);
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setHeight("40vh");
        preview.setVisible(false);
        preview.setId("area-import-preview");
        commit.setText(getTranslation("register.import.commit"));
        commit.setId("area-import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        summary.setId("area-import-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("areas.import.intro")), upload, summary, preview);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), commit);
        setWidth("min(60rem, 96vw)");
    }

    void show(byte[] bytes) {
        try {
            AreaImportPreview result = importer.preview(bytes);
            file = bytes;
            long errors = result.lines().stream()
                    .filter(l -> l.outcome() == AreaImportLine.Outcome.ERROR)
                    .count();
            long adds = result.lines().stream()
                    .filter(l -> l.outcome() == AreaImportLine.Outcome.ADD)
                    .count();
            String removed = result.removed().entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; "));
            summary.setText(getTranslation("areas.import.summary", adds, errors)
                    + (removed.isEmpty() ? "" : " " + getTranslation("areas.import.removed", removed))
                    + (result.problems().isEmpty()
                            ? ""
                            : " " + Message.joined(result.problems()).text(getLocale())));
            preview.setItems(result.lines());
            preview.setVisible(true);
            commit.setEnabled(result.acceptable());
        } catch (RegionRuleException e) {
            summary.setText(Translations.explain(e, getLocale()));
            preview.setVisible(false);
            commit.setEnabled(false);
        }
    }

    private void commit() {
        try {
            importer.commit(file);
            imported.run();
            close();
        } catch (RegionRuleException e) {
            summary.setText(Translations.explain(e, getLocale()));
            commit.setEnabled(false);
        }
    }
}

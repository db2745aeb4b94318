package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.LineFilter;
import nl.onderwijsregio.workspace.coverage.RegisterLine;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;
import org.jspecify.annotations.Nullable;

/**
 * The register lines behind a number: region, source, status and dates only (never notes, contacts or holders),
 * optionally only what was received, with the lines as CSV and XLSX.
 */
class LinesDialog extends Dialog {

    private final CoverageService coverage;
    private final Grid<RegisterLine> grid = new Grid<>();
    private final Checkbox receivedOnly = new Checkbox();
    private final Paragraph count = new Paragraph();
    private LineFilter filter;

    LinesDialog(CoverageService coverage, CoverageExports exports, String title, LineFilter filter) {
        Dialogs.identify(this, "national-lines");
        this.coverage = coverage;
        this.filter = filter;
        setHeaderTitle(title);
        setWidth("min(64rem, 95vw)");
        receivedOnly.setLabel(getTranslation("national.lines.receivedOnly"));
        receivedOnly.setValue(filter.receivedOnly());
        receivedOnly.setId("lines-received-only");
        receivedOnly.addValueChangeListener(e -> {
            this.filter = new LineFilter(
                    this.filter.regionId(),
                    this.filter.theme(),
                    this.filter.entryId(),
                    this.filter.status(),
                    e.getValue());
            refresh();
        });
        grid.setId("lines-grid");
        grid.addColumn(RegisterLine::regionName)
                .setHeader(getTranslation("national.column.region"))
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(RegisterLine::entryId)
                .setHeader(getTranslation("national.column.entry"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(RegisterLine::information)
                .setHeader(getTranslation("national.column.information"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.status().label(Translations.current()))
                .setHeader(getTranslation("national.column.status"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(l -> date(l.requestedOn()))
                .setHeader(getTranslation("national.column.requested"))
                .setAutoWidth(true);
        grid.addColumn(l -> date(l.receivedOn()))
                .setHeader(getTranslation("national.column.received"))
                .setAutoWidth(true);
        grid.addColumn(l -> date(l.retentionUntil()))
                .setHeader(getTranslation("national.column.retention"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(title);
        grid.setEmptyStateText(getTranslation("national.lines.empty"));
        grid.setHeight("50vh");
        count.addClassName("muted");
        count.getElement().setAttribute("aria-live", "polite");
        Paragraph privacy = new Paragraph(getTranslation("national.lines.privacy"));
        privacy.addClassName("help");
        add(
                privacy,
                receivedOnly,
                count,
                grid,
                Downloads.of("register-regels", title, () -> exports.lines(this.filter)));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("close-lines");
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        List<RegisterLine> lines = coverage.lines(filter);
        grid.setItems(lines);
        count.setText(getTranslation("national.lines.count", lines.size()));
    }

    private String date(@Nullable LocalDate date) {
        return Moments.date(date, getLocale());
    }
}

package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.ToIntFunction;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.coverage.LineFilter;
import nl.onderwijsregio.workspace.coverage.SourceCoverage;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import org.jspecify.annotations.Nullable;

/**
 * Gesloten data per bron: for each closed catalogue entry (the Vfpf's first) how many regions want, requested,
 * received or were refused it; every number opens the register lines behind it.
 */
class SourcesSection extends Div {

    private final CoverageService coverage;
    private final CoverageExports exports;

    SourcesSection(CoverageService coverage, CoverageExports exports) {
        this.coverage = coverage;
        this.exports = exports;
        Paragraph help = new Paragraph(getTranslation("national.sources.help"));
        help.addClassName("help");
        Grid<SourceCoverage> grid = new Grid<>();
        grid.setId("sources-grid");
        grid.addColumn(SourceCoverage::entryId)
                .setHeader(getTranslation("national.column.entry"))
                .setAutoWidth(true);
        grid.addColumn(SourceCoverage::information)
                .setHeader(getTranslation("national.column.information"))
                .setFlexGrow(3);
        grid.addColumn(s -> s.theme().label())
                .setHeader(getTranslation("national.column.theme"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.partnerName() == null ? "" : s.partnerName())
                .setHeader(getTranslation("national.column.partner"))
                .setFlexGrow(2);
        number(grid, "wanted", SourceCoverage::wanted, RegisterStatus.GEWENST, false);
        number(grid, "requested", SourceCoverage::requested, RegisterStatus.AANGEVRAAGD, false);
        number(grid, "received", SourceCoverage::received, null, true);
        number(grid, "refused", SourceCoverage::refused, RegisterStatus.AFGEWEZEN, false);
        grid.addColumn(SourceCoverage::holders)
                .setHeader(getTranslation("national.sources.holders"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("national.sources.title"));
        grid.setEmptyStateText(getTranslation("national.sources.empty"));
        grid.setItems(coverage.sources());
        grid.setAllRowsVisible(true);
        add(
                new H2(getTranslation("national.sources.title")),
                help,
                grid,
                Downloads.of(
                        CoverageTable.SOURCES.fileName(),
                        getTranslation("national.sources.title"),
                        () -> exports.table(CoverageTable.SOURCES)));
    }

    private void number(
            Grid<SourceCoverage> grid,
            String key,
            ToIntFunction<SourceCoverage> count,
            @Nullable RegisterStatus status,
            boolean receivedOnly) {
        String header = getTranslation("national.sources." + key);
        grid.addComponentColumn(s -> link(s, header, count.applyAsInt(s), status, receivedOnly))
                .setHeader(header)
                .setAutoWidth(true)
                .setKey(key);
    }

    private Component link(
            SourceCoverage source, String header, int count, @Nullable RegisterStatus status, boolean receivedOnly) {
        if (count == 0) {
            return new Span("0");
        }
        String title = source.entryId() + " · " + header;
        Button open = new Button(
                String.valueOf(count),
                e -> new LinesDialog(
                                coverage, exports, title, LineFilter.source(source.entryId(), status, receivedOnly))
                        .open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(getTranslation("national.sources.open", count, header, source.entryId()));
        open.setId("source-" + source.entryId() + "-"
                + (status == null ? "ontvangen" : status.name().toLowerCase()));
        return open;
    }
}

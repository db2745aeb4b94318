package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageLabels;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.coverage.Gaps;
import nl.onderwijsregio.workspace.coverage.RegionActivity;
import nl.onderwijsregio.workspace.coverage.UnusedEntry;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.themes.Theme;

/** Gaten: sources no region uses, regions without received closed data, and regions quiet for 90 days. */
class GapsSection extends Div {

    private final CoverageExports exports;

    GapsSection(CoverageService coverage, CoverageExports exports) {
        this.exports = exports;
        Gaps gaps = coverage.gaps();
        Grid<UnusedEntry> unused = new Grid<>();
        unused.setId("gaps-unused");
        unused.addColumn(UnusedEntry::entryId)
                .setHeader(getTranslation("national.column.entry"))
                .setAutoWidth(true);
        unused.addColumn(UnusedEntry::information)
                .setHeader(getTranslation("national.column.information"))
                .setFlexGrow(3);
        unused.addColumn(u -> u.theme().label())
                .setHeader(getTranslation("national.column.theme"))
                .setAutoWidth(true);
        // the catalogue's own terms ("Openbaar", "Gesloten (op aanvraag)"), so one thing has one name everywhere
        unused.addColumn(u -> getTranslation("catalogue.access." + ("CLOSED".equals(u.access()) ? "CLOSED" : "OPEN")))
                .setHeader(getTranslation("national.column.access"))
                .setAutoWidth(true);
        unused.addColumn(u -> u.partnerName() == null ? "" : u.partnerName())
                .setHeader(getTranslation("national.column.partner"))
                .setFlexGrow(2);
        finish(unused, "national.gaps.unused", gaps.unusedEntries());
        // 137 sources in the demo: a theme to narrow them and pages of 20 instead of one endless table
        GridPages<UnusedEntry> pages = new GridPages<>(unused, "gaps-unused");
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("national.gaps.unused.theme"));
        theme.setId("gaps-unused-theme");
        theme.setItems(gaps.unusedEntries().stream()
                .map(UnusedEntry::theme)
                .distinct()
                .sorted()
                .toList());
        theme.setItemLabelGenerator(t -> t.label() + " ("
                + gaps.unusedEntries().stream().filter(u -> u.theme() == t).count() + ")");
        theme.setPlaceholder(getTranslation("national.gaps.unused.allThemes"));
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> pages.setItems(gaps.unusedEntries().stream()
                .filter(u -> e.getValue() == null || u.theme() == e.getValue())
                .toList()));
        pages.setItems(gaps.unusedEntries());
        section(
                CoverageTable.UNUSED_ENTRIES,
                "national.gaps.unused",
                new Div(theme, unused, pages),
                gaps.unusedEntries().size());

        Grid<RegionActivity> without =
                regions("gaps-without-received", gaps.withoutReceived(), "national.gaps.withoutReceived");
        section(
                CoverageTable.WITHOUT_RECEIVED,
                "national.gaps.withoutReceived",
                without,
                gaps.withoutReceived().size());
        Grid<RegionActivity> inactive = regions("gaps-inactive", gaps.inactive(), "national.gaps.inactive");
        section(
                CoverageTable.INACTIVE,
                "national.gaps.inactive",
                inactive,
                gaps.inactive().size());
    }

    private Grid<RegionActivity> regions(String id, List<RegionActivity> regions, String key) {
        Grid<RegionActivity> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(RegionActivity::regionName)
                .setHeader(getTranslation("national.column.region"))
                .setFlexGrow(2);
        grid.addColumn(r -> CoverageLabels.regionKind(r.regionKind(), getLocale()))
                .setHeader(getTranslation("national.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(RegionActivity::registered)
                .setHeader(getTranslation("national.column.registered"))
                .setAutoWidth(true);
        grid.addColumn(RegionActivity::received)
                .setHeader(getTranslation("national.column.received.count"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.lastActivity() == null
                        ? getTranslation("national.never")
                        : Moments.date(r.lastActivity(), getLocale()))
                .setHeader(getTranslation("national.column.lastActivity"))
                .setAutoWidth(true);
        finish(grid, key, regions);
        return grid;
    }

    private <T> void finish(Grid<T> grid, String key, List<T> items) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation(key, CoverageService.INACTIVE_DAYS));
        grid.setEmptyStateText(getTranslation(key + ".empty", CoverageService.INACTIVE_DAYS));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
    }

    private void section(CoverageTable table, String key, com.vaadin.flow.component.Component grid, int count) {
        String title = getTranslation(key, CoverageService.INACTIVE_DAYS);
        Paragraph help = new Paragraph(getTranslation(key + ".help", count, CoverageService.INACTIVE_DAYS));
        help.addClassName("help");
        add(new H2(title), help, grid, Downloads.of(table.fileName(), title, () -> exports.table(table)));
    }
}

package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.coverage.FindingCount;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.shell.EChart;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.Theme;

/**
 * Bevindingen: published findings per theme, per kind for those shared with all and only as a number per theme for
 * those kept in a region or shared with the neighbours (never titles); the shared ones themselves are read on the
 * findings screen.
 */
class FindingsSection extends Div {

    /** The findings screen, where national staff read what regions shared with all. */
    static final String FINDINGS = "bevindingen";

    FindingsSection(CoverageService coverage, CoverageExports exports) {
        List<FindingCount> counts = coverage.findings();
        String title = getTranslation("national.findings.title");
        Paragraph help = new Paragraph(getTranslation("national.findings.help"));
        help.addClassName("help");
        Anchor shared = new Anchor(FINDINGS, getTranslation("national.findings.link"));
        shared.setId("shared-findings-link");
        add(new H2(title), help, shared);
        if (counts.isEmpty()) {
            add(new Paragraph(getTranslation("national.findings.empty")));
        } else {
            add(chart(counts));
        }
        Grid<FindingCount> grid = new Grid<>();
        grid.setId("findings-grid");
        grid.addColumn(f -> f.theme().label())
                .setHeader(getTranslation("national.column.theme"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.kind() == null
                        ? getTranslation("national.findings.anonymous")
                        : f.kind().label(Translations.current()))
                .setHeader(getTranslation("national.findings.kind"))
                .setFlexGrow(2);
        grid.addColumn(f -> f.visibility().label(Translations.current()))
                .setHeader(getTranslation("national.findings.visibility"))
                .setFlexGrow(2);
        grid.addColumn(FindingCount::findings)
                .setHeader(getTranslation("national.findings.count"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(title);
        grid.setEmptyStateText(getTranslation("national.findings.empty"));
        grid.setItems(counts);
        grid.setAllRowsVisible(true);
        add(grid, Downloads.of(CoverageTable.FINDINGS.fileName(), title, () -> exports.table(CoverageTable.FINDINGS)));
    }

    /** Per theme, stacked: shared with all, and kept in the region or among neighbours. */
    private EChart chart(List<FindingCount> counts) {
        List<Theme> themes = counts.stream().map(FindingCount::theme).distinct().toList();
        List<Integer> shared = themes.stream().map(t -> sum(counts, t, true)).toList();
        List<Integer> kept = themes.stream().map(t -> sum(counts, t, false)).toList();
        String option = ChartOptions.columns(
                themes.stream().map(Theme::label).toList(),
                List.of(
                        new ChartOptions.Series(getTranslation("national.findings.shared"), shared),
                        new ChartOptions.Series(getTranslation("national.findings.kept"), kept)),
                true,
                false);
        String summary = themes.stream()
                .map(t -> getTranslation(
                        "national.findings.counts", t.label(), sum(counts, t, true), sum(counts, t, false)))
                .collect(Collectors.joining("; "));
        EChart chart = new EChart(option, getTranslation("national.findings.chart", summary));
        chart.setId("findings-chart");
        return chart;
    }

    private static int sum(List<FindingCount> counts, Theme theme, boolean sharedWithAll) {
        return counts.stream()
                .filter(c -> c.theme() == theme && (c.visibility() == Visibility.ALL) == sharedWithAll)
                .mapToInt(FindingCount::findings)
                .sum();
    }
}

package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.coverage.PriorityCount;
import nl.onderwijsregio.workspace.shell.EChart;

/** Prioriteiten: the published priorities per theme and sub-theme, with the regions that have one, and a chart. */
class PrioritiesSection extends Div {

    PrioritiesSection(CoverageService coverage, CoverageExports exports) {
        List<PriorityCount> priorities = coverage.priorities();
        String title = getTranslation("national.priorities.title");
        Paragraph help = new Paragraph(getTranslation("national.priorities.help"));
        help.addClassName("help");
        add(new H2(title), help);
        if (priorities.isEmpty()) {
            add(new Paragraph(getTranslation("national.priorities.empty")));
        } else {
            add(chart(priorities));
        }
        Grid<PriorityCount> grid = new Grid<>();
        grid.setId("priorities-grid");
        grid.addColumn(p -> p.theme().label())
                .setHeader(getTranslation("national.column.theme"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.subTheme() == null ? "" : p.subTheme().label())
                .setHeader(getTranslation("national.column.subTheme"))
                .setFlexGrow(2);
        grid.addColumn(PriorityCount::priorities)
                .setHeader(getTranslation("national.priorities.count"))
                .setAutoWidth(true);
        grid.addColumn(PriorityCount::regions)
                .setHeader(getTranslation("national.priorities.regions"))
                .setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.regionNames()))
                .setHeader(getTranslation("national.priorities.regionNames"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(title);
        grid.setEmptyStateText(getTranslation("national.priorities.empty"));
        grid.setItems(priorities);
        grid.setAllRowsVisible(true);
        add(
                grid,
                Downloads.of(
                        CoverageTable.PRIORITIES.fileName(), title, () -> exports.table(CoverageTable.PRIORITIES)));
    }

    private EChart chart(List<PriorityCount> priorities) {
        List<String> labels = priorities.stream().map(p -> p.topic().label()).toList();
        String option = ChartOptions.bars(
                labels,
                List.of(
                        new ChartOptions.Series(
                                getTranslation("national.priorities.count"),
                                priorities.stream()
                                        .map(PriorityCount::priorities)
                                        .toList()),
                        new ChartOptions.Series(
                                getTranslation("national.priorities.regions"),
                                priorities.stream().map(PriorityCount::regions).toList())));
        String summary = priorities.stream()
                .map(p ->
                        getTranslation("national.priorities.summary", p.topic().label(), p.priorities(), p.regions()))
                .collect(Collectors.joining("; "));
        EChart chart = new EChart(option, getTranslation("national.priorities.chart", summary));
        chart.setId("priorities-chart");
        chart.setHeight(Math.max(220, 80 + 36 * priorities.size()) + "px");
        return chart;
    }
}

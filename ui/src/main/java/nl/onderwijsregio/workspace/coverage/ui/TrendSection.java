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
import nl.onderwijsregio.workspace.coverage.TrendPoint;
import nl.onderwijsregio.workspace.shell.EChart;
import nl.onderwijsregio.workspace.shell.Moments;

/** Trend: per month since the start of the scheme, closed data received and findings published. */
class TrendSection extends Div {

    TrendSection(CoverageService coverage, CoverageExports exports) {
        List<TrendPoint> trend = coverage.trend();
        String title = getTranslation("national.trend.title");
        Paragraph help = new Paragraph(
                getTranslation("national.trend.help", Moments.date(CoverageService.TREND_FROM, getLocale())));
        help.addClassName("help");
        add(new H2(title), help);
        if (trend.isEmpty()) {
            add(new Paragraph(getTranslation("national.trend.empty")));
        } else {
            List<String> months = trend.stream()
                    .map(t -> Moments.month(t.month(), getLocale()))
                    .toList();
            String option = ChartOptions.columns(
                    months,
                    List.of(
                            new ChartOptions.Series(
                                    getTranslation("national.trend.received"),
                                    trend.stream().map(TrendPoint::received).toList()),
                            new ChartOptions.Series(
                                    getTranslation("national.trend.findings"),
                                    trend.stream()
                                            .map(TrendPoint::publishedFindings)
                                            .toList())),
                    false,
                    true);
            String summary = trend.stream()
                    .map(t -> getTranslation(
                            "national.trend.counts",
                            Moments.month(t.month(), getLocale()),
                            t.received(),
                            t.publishedFindings()))
                    .collect(Collectors.joining("; "));
            EChart chart = new EChart(option, getTranslation("national.trend.chart", summary));
            chart.setId("trend-chart");
            add(chart);
        }
        Grid<TrendPoint> grid = new Grid<>();
        grid.setId("trend-grid");
        grid.addColumn(t -> Moments.month(t.month(), getLocale()))
                .setHeader(getTranslation("national.trend.month"))
                .setAutoWidth(true);
        grid.addColumn(TrendPoint::received)
                .setHeader(getTranslation("national.trend.received"))
                .setAutoWidth(true);
        grid.addColumn(TrendPoint::publishedFindings)
                .setHeader(getTranslation("national.trend.findings"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(title);
        grid.setEmptyStateText(getTranslation("national.trend.empty"));
        grid.setItems(trend);
        grid.setAllRowsVisible(true);
        add(grid, Downloads.of(CoverageTable.TREND.fileName(), title, () -> exports.table(CoverageTable.TREND)));
    }
}

package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.NationalAnalyses;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.coverage.AnalysisProgress;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.shell.Moments;
import org.jspecify.annotations.Nullable;

/**
 * Analyses: per region how far its analysis is (edition, status, version, last change, chapters with text, sources
 * and closed datasets, numbers and status only), and the vastgestelde versions regions shared with the
 * Realisatie-Eenheid, whose text opens in {@link AnalysisReleaseView}.
 */
class AnalysesSection extends Div {

    AnalysesSection(CoverageService coverage, CoverageExports exports, NationalAnalyses national) {
        List<AnalysisProgress> rows = coverage.analyses();
        String title = getTranslation("national.analyses.title");
        Paragraph help = new Paragraph(getTranslation("national.analyses.help"));
        help.addClassName("help");
        add(new H2(title), help);

        Grid<AnalysisProgress> grid = new Grid<>();
        grid.setId("analyses-grid");
        Grid.Column<AnalysisProgress> region = grid.addColumn(AnalysisProgress::regionName)
                .setHeader(getTranslation("national.column.region"))
                .setComparator(Comparator.comparing(AnalysisProgress::regionName, String.CASE_INSENSITIVE_ORDER))
                .setKey("region")
                .setFlexGrow(2);
        grid.addColumn(a -> a.edition() == null ? "" : a.edition())
                .setHeader(getTranslation("national.analyses.edition"))
                .setComparator(Comparator.comparing(a -> a.edition() == null ? "" : a.edition()))
                .setKey("edition")
                .setFlexGrow(2);
        grid.addColumn(this::status)
                .setHeader(getTranslation("national.column.status"))
                .setComparator(Comparator.comparing((AnalysisProgress a) ->
                        a.status() == null ? -1 : a.status().ordinal()))
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(a -> a.version() == null ? "" : String.valueOf(a.version()))
                .setHeader(getTranslation("national.analyses.version"))
                .setComparator(Comparator.comparing(a -> a.version() == null ? 0 : a.version()))
                .setKey("version")
                .setAutoWidth(true);
        grid.addColumn(a -> moment(a.lastChange()))
                .setHeader(getTranslation("national.analyses.lastChange"))
                .setComparator(Comparator.comparing(
                        AnalysisProgress::lastChange, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setKey("lastChange")
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("national.analyses.chapters.value", a.chaptersWithText(), a.chapters()))
                .setHeader(getTranslation("national.analyses.chapters"))
                .setComparator(Comparator.comparingInt(AnalysisProgress::chaptersWithText)
                        .thenComparingInt(AnalysisProgress::chapters))
                .setKey("chapters")
                .setAutoWidth(true);
        grid.addColumn(AnalysisProgress::sources)
                .setHeader(getTranslation("national.analyses.sources"))
                .setComparator(Comparator.comparingInt(AnalysisProgress::sources))
                .setKey("sources")
                .setAutoWidth(true);
        grid.addColumn(AnalysisProgress::closedDatasets)
                .setHeader(getTranslation("national.analyses.closed"))
                .setComparator(Comparator.comparingInt(AnalysisProgress::closedDatasets))
                .setKey("closed")
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.sharedNational() ? "national.analyses.yes" : "national.analyses.no"))
                .setHeader(getTranslation("national.analyses.sharedNational"))
                .setComparator(Comparator.comparing(AnalysisProgress::sharedNational))
                .setKey("sharedNational")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(title);
        grid.setEmptyStateText(getTranslation("national.analyses.empty"));
        grid.setItems(rows);
        grid.sort(List.of(new GridSortOrder<>(region, SortDirection.ASCENDING)));
        grid.setAllRowsVisible(true);
        add(grid, Downloads.of(CoverageTable.ANALYSES.fileName(), title, () -> exports.table(CoverageTable.ANALYSES)));

        add(shared(national.shared()));
    }

    private Div shared(List<Release> releases) {
        String title = getTranslation("national.analyses.shared.title");
        Paragraph help = new Paragraph(getTranslation("national.analyses.shared.help"));
        help.addClassName("help");
        Div part = new Div(new H2(title), help);
        part.setId("analyses-shared");
        Grid<Release> grid = new Grid<>();
        grid.setId("shared-analyses-grid");
        grid.addColumn(Release::regionName)
                .setHeader(getTranslation("national.column.region"))
                .setComparator(Comparator.comparing(Release::regionName, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2);
        grid.addColumn(Release::edition)
                .setHeader(getTranslation("national.analyses.edition"))
                .setFlexGrow(2);
        grid.addColumn(Release::number)
                .setHeader(getTranslation("national.analyses.version"))
                .setAutoWidth(true);
        grid.addColumn(r -> moment(r.establishedAt()))
                .setHeader(getTranslation("national.analyses.established"))
                .setComparator(Comparator.comparing(Release::establishedAt))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    RouterLink link =
                            new RouterLink(getTranslation("national.analyses.read"), AnalysisReleaseView.class, r.id());
                    link.setId("shared-analysis-" + r.id());
                    link.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation(
                                            "national.analyses.read.aria", r.edition(), r.regionName(), r.number()));
                    return link;
                })
                .setHeader(getTranslation("national.analyses.text"))
                .setKey("text")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(title);
        grid.setEmptyStateText(getTranslation("national.analyses.shared.empty"));
        grid.setItems(releases);
        grid.setAllRowsVisible(true);
        part.add(grid);
        return part;
    }

    private String status(AnalysisProgress a) {
        return a.status() == null
                ? getTranslation("national.analyses.notStarted")
                : getTranslation("analysis.status." + a.status().name());
    }

    private String moment(@Nullable OffsetDateTime when) {
        return Moments.dateTime(when, getLocale());
    }
}

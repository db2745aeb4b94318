package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.workspace.coverage.CoverageCell;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.coverage.LineFilter;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Dekking: regions × catalogue themes as a real table, each cell shaded by the share of the theme's sources in the
 * region's register and saying the numbers ("3/6 · 1 ontv."); a cell opens the lines behind it. Regions can be
 * filtered by kind, activity and name and sorted by name or by what they received.
 */
class CoverageMatrix extends Div {

    /** One row: a region with its cells by theme. */
    record RegionRow(
            String id,
            String name,
            String kind,
            @Nullable OffsetDateTime lastActivity,
            Map<Theme, CoverageCell> cells) {

        int received() {
            return cells.values().stream().mapToInt(CoverageCell::received).sum();
        }

        boolean quietSince(OffsetDateTime since) {
            return lastActivity == null || lastActivity.isBefore(since);
        }
    }

    private final CoverageService coverage;
    private final CoverageExports exports;
    private final List<RegionRow> rows;
    private final Grid<RegionRow> grid = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final Select<String> activity = new Select<>();
    private final TextField name = new TextField();
    private final Select<String> sort = new Select<>();

    CoverageMatrix(CoverageService coverage, CoverageExports exports) {
        this.coverage = coverage;
        this.exports = exports;
        addClassName("coverage-matrix-part");
        List<CoverageCell> cells = coverage.matrix();
        rows = rows(cells);
        List<Theme> themes =
                cells.stream().map(CoverageCell::theme).distinct().sorted().toList();
        Paragraph legend = new Paragraph(getTranslation("national.matrix.legend"));
        legend.addClassName("help");
        add(new H2(getTranslation("national.matrix.title")), legend, scale(), filters());
        configureGrid(themes);
        add(
                grid,
                Downloads.of(
                        CoverageTable.MATRIX.fileName(),
                        getTranslation("national.matrix.title"),
                        () -> exports.table(CoverageTable.MATRIX)));
        refresh();
    }

    private static List<RegionRow> rows(List<CoverageCell> cells) {
        Map<String, RegionRow> rows = new LinkedHashMap<>();
        for (CoverageCell cell : cells) {
            rows.computeIfAbsent(
                            cell.regionId(),
                            id -> new RegionRow(
                                    id,
                                    cell.regionName(),
                                    cell.regionKind(),
                                    cell.lastActivity(),
                                    new LinkedHashMap<>()))
                    .cells()
                    .put(cell.theme(), cell);
        }
        return List.copyOf(rows.values());
    }

    private Div scale() {
        Div scale = new Div();
        scale.addClassName("heat-scale");
        scale.getElement().setAttribute("aria-hidden", "true");
        for (Heat heat : Heat.values()) {
            Span step = new Span(heat == Heat.NONE ? "0%" : heat.from() + "–" + heat.to() + "%");
            heat.paint(step);
            scale.add(step);
        }
        return scale;
    }

    private Div filters() {
        kind.setLabel(getTranslation("national.filter.kind"));
        kind.setItems("", "GEOGRAPHIC", "NATIONAL");
        kind.setItemLabelGenerator(k -> getTranslation("national.filter.kind." + (k.isEmpty() ? "all" : k)));
        kind.setValue("");
        activity.setLabel(getTranslation("national.filter.activity"));
        activity.setItems("", "actief", "stil");
        activity.setItemLabelGenerator(a ->
                getTranslation("national.filter.activity." + (a.isEmpty() ? "all" : a), CoverageService.INACTIVE_DAYS));
        activity.setValue("");
        name.setLabel(getTranslation("national.filter.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setId("matrix-search");
        sort.setLabel(getTranslation("national.sort"));
        sort.setItems("naam", "meest", "minst");
        sort.setItemLabelGenerator(s -> getTranslation("national.sort." + s));
        sort.setValue("naam");
        kind.setId("matrix-kind");
        activity.setId("matrix-activity");
        sort.setId("matrix-sort");
        kind.addValueChangeListener(e -> refresh());
        activity.addValueChangeListener(e -> refresh());
        name.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        Div filters = new Div(name, kind, activity, sort);
        filters.addClassName("register-filters");
        return filters;
    }

    private void configureGrid(List<Theme> themes) {
        grid.setId("coverage-matrix");
        grid.addClassName("coverage-matrix");
        grid.addColumn(RegionRow::name)
                .setHeader(getTranslation("national.column.region"))
                .setWidth("15rem")
                .setFlexGrow(0)
                .setFrozen(true)
                .setKey("region");
        for (Theme theme : themes) {
            grid.addComponentColumn(row -> cell(row, theme))
                    .setHeader(theme.label())
                    .setAutoWidth(true)
                    .setKey(slug(theme.label()));
        }
        grid.addColumn(RegionRow::received)
                .setHeader(getTranslation("national.column.receivedTotal"))
                .setAutoWidth(true)
                .setKey("received");
        grid.addColumn(row -> lastActivity(row.lastActivity()))
                .setHeader(getTranslation("national.column.lastActivity"))
                .setAutoWidth(true)
                .setKey("activity");
        grid.addThemeVariants(
                GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("national.matrix.title"));
        grid.setEmptyStateText(getTranslation("national.matrix.empty"));
        grid.setAllRowsVisible(true);
    }

    private Component cell(RegionRow row, Theme theme) {
        CoverageCell cell = row.cells().get(theme);
        if (cell == null || cell.themeEntries() == 0) {
            return new Span("–");
        }
        String text = getTranslation("national.matrix.cell", cell.registered(), cell.themeEntries(), cell.received());
        // the accessible name begins with the visible text (WCAG 2.5.3), then says what it means
        String label = text + ". "
                + getTranslation(
                        "national.matrix.cell.aria",
                        row.name(),
                        theme.label(),
                        cell.registered(),
                        cell.themeEntries(),
                        cell.received());
        Heat heat = Heat.of(cell.registeredPercent());
        if (cell.registered() == 0) {
            Span details = new Span(" " + label.substring(text.length() + 2));
            details.addClassName("sr-only");
            Span none = new Span(new Span(text), details);
            none.addClassName("heat-cell");
            heat.paint(none);
            return none;
        }
        Button open = new Button(
                text,
                e -> new LinesDialog(
                                coverage,
                                exports,
                                row.name() + " · " + theme.label(),
                                LineFilter.cell(row.id(), theme, false))
                        .open());
        open.addClassName("heat-cell");
        open.setAriaLabel(label + " " + getTranslation("national.matrix.open"));
        open.setTooltipText(getTranslation("national.matrix.open"));
        open.setId("cell-" + row.id() + "-" + slug(theme.label()));
        heat.paint(open);
        return open;
    }

    private String lastActivity(@Nullable OffsetDateTime when) {
        return when == null ? getTranslation("national.never") : Moments.date(when, getLocale());
    }

    private void refresh() {
        OffsetDateTime since = OffsetDateTime.now().minusDays(CoverageService.INACTIVE_DAYS);
        String search = name.getValue().strip().toLowerCase(Locale.ROOT);
        Comparator<RegionRow> byName = Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        Comparator<RegionRow> order = switch (sort.getValue()) {
            case "meest" ->
                Comparator.comparingInt(RegionRow::received).reversed().thenComparing(byName);
            case "minst" -> Comparator.comparingInt(RegionRow::received).thenComparing(byName);
            default -> byName;
        };
        grid.setItems(rows.stream()
                .filter(r -> kind.getValue().isEmpty() || kind.getValue().equals(r.kind()))
                .filter(r -> activity.getValue().isEmpty()
                        || r.quietSince(since) == activity.getValue().equals("stil"))
                .filter(r ->
                        search.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(search))
                .sorted(order)
                .toList());
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.ComparedRegion;
import nl.onderwijsregio.workspace.priorities.Comparison;

/**
 * Topics × regions as a real table: the rank of each region's priority in the cell, shared topics and the own
 * region's gaps marked by colour and, for screen readers and print, in words in the last column.
 */
class ThemeMatrix extends Grid<Comparison.MatrixRow> {

    ThemeMatrix(Comparison comparison) {
        setId("priority-matrix");
        addColumn(row -> row.topic().label())
                .setHeader(getTranslation("priorities.matrix.subTheme"))
                .setTooltipGenerator(row -> row.topic().label())
                .setFlexGrow(2);
        for (ComparedRegion region : comparison.regions()) {
            addColumn(row -> row.positionsOf(region.id()).stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", ")))
                    .setHeader(region.name())
                    .setKey(region.id())
                    .setAutoWidth(true);
        }
        addColumn(row -> row.shared()
                        ? getTranslation("priorities.matrix.shared")
                        : row.gap() ? getTranslation("priorities.matrix.gap") : "")
                .setHeader(getTranslation("priorities.matrix.remark"))
                .setKey("remark")
                .setAutoWidth(true);
        setPartNameGenerator(row -> row.shared() ? "shared" : row.gap() ? "gap" : null);
        addClassName("priority-matrix");
        // "Aantrekken · werven" and longer: wrap instead of cutting the topic off
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("priorities.matrix.title"));
        setItems(comparison.matrix());
        setAllRowsVisible(true);
    }
}

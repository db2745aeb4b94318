package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A plain HTML table with a caption and column headers: the numbers of a chart or map, readable as text. */
public final class DataTable {

    private DataTable() {}

    /** Cells are text, or a component (such as a link) when an element of a row is one. */
    public static NativeTable of(String caption, List<String> headers, List<List<Object>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (List<Object> row : rows) {
            NativeTableRow line = table.getBody().addRow();
            for (Object cell : row) {
                if (cell instanceof Component component) {
                    line.addDataCell().add(component);
                } else {
                    line.addDataCell().setText(String.valueOf(cell));
                }
            }
        }
        return table;
    }
}

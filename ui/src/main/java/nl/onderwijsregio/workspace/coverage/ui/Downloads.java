package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.shell.DownloadLink;

/** CSV and XLSX download links for a table; the table is read when the file is asked for. */
final class Downloads {

    private Downloads() {}

    /**
     * @param name  the file name without extension (also the anchors' id prefix)
     * @param title what the table shows, for the links' accessible names
     */
    static Div of(String name, String title, Supplier<Table> table) {
        Div links = new Div(
                anchor(name, "csv", title, Spreadsheets.CSV_TYPE, table, Spreadsheets::csv),
                anchor(name, "xlsx", title, Spreadsheets.XLSX_TYPE, table, Spreadsheets::xlsx));
        links.addClassNames("register-actions", "national-downloads");
        return links;
    }

    private static Anchor anchor(
            String name,
            String extension,
            String title,
            String type,
            Supplier<Table> table,
            Function<Table, byte[]> write) {
        String fileName = name + "." + extension;
        Anchor anchor = DownloadLink.of("", fileName, type, () -> write.apply(table.get()));
        anchor.setText(anchor.getTranslation("national.export." + extension));
        anchor.getElement()
                .setAttribute("aria-label", anchor.getTranslation("national.export." + extension + ".aria", title));
        anchor.setId("export-" + name + "-" + extension);
        return anchor;
    }
}

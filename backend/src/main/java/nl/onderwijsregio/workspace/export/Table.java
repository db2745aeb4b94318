package nl.onderwijsregio.workspace.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A named table of text cells, ready to be written as CSV or XLSX.
 *
 * @param name    the sheet name and the base of the file name
 * @param headers the column headers (in {@link #of}: keys of the bundle {@code i18n/texts}, written in the export's
 *     language)
 * @param rows    the rows, each as long as the headers (empty cells as null)
 */
public record Table(String name, List<String> headers, List<List<@Nullable String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        List<List<@Nullable String>> copy = new ArrayList<>();
        for (List<@Nullable String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "Row of " + row.size() + " cells under " + headers.size() + " headers");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** A table of {@code items}, one row each, by columns that each turn an item into a cell. */
    public static <T> Table of(String name, List<T> items, List<Column<T>> columns) {
        List<List<@Nullable String>> rows = new ArrayList<>();
        for (T item : items) {
            List<@Nullable String> row = new ArrayList<>();
            for (Column<T> column : columns) {
                row.add(column.value().apply(item));
            }
            rows.add(row);
        }
        return new Table(name, columns.stream().map(c -> header(c.header())).toList(), rows);
    }

    /**
     * The language of an export: the request's (the API's {@code Accept-Language}, the screen's chosen language),
     * Dutch without one.
     */
    public static Locale language() {
        return Texts.current();
    }

    /** A text of the bundle {@code i18n/texts} in the export's language. */
    public static String text(String key, Object... args) {
        return Texts.text(key, language(), args);
    }

    /** A header given as a key of the bundle, in the export's language; any other header as it is. */
    private static String header(String header) {
        return Texts.has(header) ? text(header) : header;
    }

    /** A column: its header and how to read the cell from an item. */
    public record Column<T>(String header, Function<T, @Nullable String> value) {}
}

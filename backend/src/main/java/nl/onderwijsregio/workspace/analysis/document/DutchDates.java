package nl.onderwijsregio.workspace.analysis.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them on a title page: "1 december 2026", not an ISO date. */
final class DutchDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.of("nl"));

    private DutchDates() {}

    static String longForm(LocalDate date) {
        return LONG.format(date);
    }
}

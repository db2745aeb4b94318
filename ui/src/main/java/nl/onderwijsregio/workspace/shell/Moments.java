package nl.onderwijsregio.workspace.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How every screen writes dates and moments: one date and one date-time format per language ("1 dec. 2026",
 * "1 dec. 2026, 10:09"; "1 Dec 2026, 10:09" in English), always in Dutch local time (Europe/Amsterdam), whatever
 * the server's time zone or the offset a timestamp was read with. The one place screens format time.
 */
public final class Moments {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String DATE = "d MMM yyyy";
    private static final String DATE_TIME = "d MMM yyyy, HH:mm";
    private static final String MONTH = "MMM yyyy";

    private Moments() {}

    /** A calendar date (no time zone involved), e.g. "1 dec. 2026". */
    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(DATE, locale).format(date);
    }

    /** The Dutch calendar date of a moment. */
    public static String date(@Nullable OffsetDateTime at, Locale locale) {
        return at == null ? "" : date(at.atZoneSameInstant(ZONE).toLocalDate(), locale);
    }

    /** A moment in Dutch local time, e.g. "1 dec. 2026, 10:09". */
    public static String dateTime(@Nullable OffsetDateTime at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern(DATE_TIME, locale).format(at.atZoneSameInstant(ZONE));
    }

    /** A moment in Dutch local time, e.g. "1 dec. 2026, 10:09". */
    public static String dateTime(@Nullable Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern(DATE_TIME, locale).format(at.atZone(ZONE));
    }

    /** A month, e.g. "dec. 2026" (for the month of a date). */
    public static String month(@Nullable LocalDate inMonth, Locale locale) {
        return inMonth == null ? "" : DateTimeFormatter.ofPattern(MONTH, locale).format(inMonth);
    }
}

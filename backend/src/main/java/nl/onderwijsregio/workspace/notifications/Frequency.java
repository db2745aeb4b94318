package nl.onderwijsregio.workspace.notifications;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** How often a person wants mail of a kind. Digests go out at 07:00 Dutch time (weekly: on Monday). */
public enum Frequency {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    NEVER;

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime DIGEST_AT = LocalTime.of(7, 0);

    /** When an event that happened at {@code at} is due to be mailed. */
    OffsetDateTime dueAfter(OffsetDateTime at) {
        ZonedDateTime local = at.atZoneSameInstant(AMSTERDAM);
        ZonedDateTime next = local.toLocalDate().atTime(DIGEST_AT).atZone(AMSTERDAM);
        if (!next.isAfter(local)) {
            next = next.plusDays(1);
        }
        return switch (this) {
            case IMMEDIATELY, NEVER -> at;
            case DAILY -> next.toOffsetDateTime();
            case WEEKLY ->
                next.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).toOffsetDateTime();
        };
    }
}

package nl.onderwijsregio.workspace.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the Logboek shows: a person (username), a kind of item (table), a period in days (inclusive, Europe/Amsterdam)
 * and, for the platform administrator only, a region. Every part may be left out.
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String entityTable,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String regionId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter withRegion(@Nullable String region) {
        return new AuditFilter(actor, entityTable, from, to, region);
    }
}

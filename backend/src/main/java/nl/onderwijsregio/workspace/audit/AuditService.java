package nl.onderwijsregio.workspace.audit;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.export.Table.Column;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Logboek: the lead reads the active region's audit rows; the platform administrator reads every region's (in
 * the {@code platform-audit} scope), optionally of one region. Row-level security decides what is visible; the roles
 * are checked here.
 */
@Service
public class AuditService {

    /** At most this many rows in one CSV export (newest first). */
    static final int MAX_EXPORT = 50_000;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditEvents.AMSTERDAM);
    private final AuditEvents events;
    private final Tenancy tenancy;

    AuditService(AuditEvents events, Tenancy tenancy) {
        this.events = events;
        this.tenancy = tenancy;
    }

    /** A page of the active region's Logboek, newest first; the region filter is ignored (it is the active one). */
    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.lead()")
    public List<AuditEvent> regionPage(AuditFilter filter, int offset, int limit) {
        return events.page(own(filter), Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.lead()")
    public int regionCount(AuditFilter filter) {
        return events.count(own(filter));
    }

    /** The people and kinds of item that occur in the active region's Logboek, for the filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.lead()")
    public Choices regionChoices() {
        String region = ActiveRegion.require();
        return new Choices(events.actors(region), events.tables(region));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.lead()")
    public byte[] regionCsv(AuditFilter filter) {
        return csv(events.page(own(filter), 0, MAX_EXPORT));
    }

    /** A page of every region's Logboek (or of {@code filter.regionId()}), for the platform administrator. */
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public List<AuditEvent> platformPage(AuditFilter filter, int offset, int limit) {
        return tenancy.platformAudit(() -> events.page(filter, Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public int platformCount(AuditFilter filter) {
        return tenancy.platformAudit(() -> events.count(filter));
    }

    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public Choices platformChoices(@Nullable String region) {
        return tenancy.platformAudit(() -> new Choices(events.actors(region), events.tables(region)));
    }

    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public byte[] platformCsv(AuditFilter filter) {
        return csv(tenancy.platformAudit(() -> events.page(filter, 0, MAX_EXPORT)));
    }

    private static AuditFilter own(AuditFilter filter) {
        return filter.withRegion(ActiveRegion.require());
    }

    private static byte[] csv(List<AuditEvent> rows) {
        List<Column<AuditEvent>> columns = List.of(
                column("tijdstip (Europe/Amsterdam)", e -> WHEN.format(e.occurredAt())),
                column("regio", AuditEvent::regionId),
                column("persoon", AuditEvent::actor),
                column("soort", AuditEvent::entityTable),
                column("id", AuditEvent::entityId),
                column("handeling", AuditEvent::operation),
                column("oud", AuditEvent::oldValues),
                column("nieuw", AuditEvent::newValues));
        return Spreadsheets.csv(Table.of("logboek", rows, columns));
    }

    private static Column<AuditEvent> column(String header, Function<AuditEvent, @Nullable String> value) {
        return new Column<>(header, value);
    }

    /** The values the Logboek's filters offer. */
    public record Choices(List<String> actors, List<String> tables) {}
}

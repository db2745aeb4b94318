package nl.onderwijsregio.workspace.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * A register line as national staff may see it behind a number: region, catalogue entry, status and dates only —
 * never notes, contact persons, holder names or agreement details.
 */
public record RegisterLine(
        String regionId,
        String regionName,
        String entryId,
        String information,
        Theme theme,
        RegisterStatus status,
        @Nullable LocalDate requestedOn,
        @Nullable LocalDate receivedOn,
        @Nullable LocalDate closedOn,
        @Nullable LocalDate retentionUntil,
        OffsetDateTime updatedAt) {}

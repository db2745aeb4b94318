package nl.onderwijsregio.workspace.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One written row: who ({@code actor}, the username), when, in which region, which entity (table and primary key),
 * how ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code ERASE}) and the changed fields' old and new values
 * (JSON objects; long texts as their length and SHA-256).
 */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        @Nullable String regionId,
        String actor,
        String entityTable,
        String entityId,
        String operation,
        @Nullable String oldValues,
        @Nullable String newValues) {}

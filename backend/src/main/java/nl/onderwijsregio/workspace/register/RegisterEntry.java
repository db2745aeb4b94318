package nl.onderwijsregio.workspace.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One piece of closed data in the active region's register: its source, holder, status, agreement and retention.
 *
 * @param catalogueTitle the catalogue entry's information, when the source is in the catalogue
 * @param overdue        received data past its retention without confirmed deletion (set by the daily watch)
 * @param revision       raised by every change; a change names the revision it started from
 */
public record RegisterEntry(
        long id,
        @Nullable String catalogueEntryId,
        @Nullable String catalogueTitle,
        @Nullable String sourceText,
        String what,
        @Nullable String granularity,
        @Nullable String period,
        HolderKind holderKind,
        String holderName,
        @Nullable String bestuursnummer,
        RegisterStatus status,
        @Nullable LocalDate requestedOn,
        @Nullable LocalDate receivedOn,
        @Nullable LocalDate closedOn,
        @Nullable AgreementType agreementType,
        @Nullable String agreementReference,
        @Nullable LocalDate agreementSignedOn,
        @Nullable String legalBasis,
        @Nullable LocalDate retentionUntil,
        @Nullable LocalDate deletionConfirmedOn,
        @Nullable String deletionConfirmedBy,
        @Nullable String contactName,
        @Nullable String contactRole,
        @Nullable String notes,
        boolean overdue,
        int revision,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) {

    /** The source as shown to people: the catalogue entry's information, or the free description. */
    public String sourceLabel() {
        return catalogueTitle != null ? catalogueTitle : sourceText != null ? sourceText : "";
    }
}

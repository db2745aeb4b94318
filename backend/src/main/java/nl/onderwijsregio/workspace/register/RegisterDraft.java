package nl.onderwijsregio.workspace.register;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to add or change a register entry; validated before it reaches the database. The source is a
 * catalogue entry or, for a source that is not in the catalogue, a description of it.
 */
public record RegisterDraft(
        @Nullable String catalogueEntryId,

        @Nullable @Size(max = 500, message = "{invalid.registerDraft.bron}")
        String sourceText,

        @NotBlank(message = "{invalid.registerDraft.beschrijf-wat-precies}")
        @Size(max = 2000, message = "{invalid.registerDraft.omschrijving}")
        String what,

        @Nullable @Size(max = 200, message = "{invalid.registerDraft.detailniveau}")
        String granularity,

        @Nullable @Size(max = 200, message = "{invalid.registerDraft.periode}")
        String period,

        @NotNull(message = "{invalid.registerDraft.kies-wie-gegevens}")
        HolderKind holderKind,

        @NotBlank(message = "{invalid.registerDraft.geef-naam-houder}")
        @Size(max = 300, message = "{invalid.registerDraft.naam-houder}")
        String holderName,

        @Nullable @Pattern(regexp = "^[0-9]{1,10}$", message = "{invalid.registerDraft.bestuursnummer-bestaat-alleen}")
        String bestuursnummer,

        @Nullable LocalDate requestedOn,
        @Nullable LocalDate receivedOn,
        @Nullable AgreementType agreementType,

        @Nullable @Size(max = 300, message = "{invalid.registerDraft.kenmerk-overeenkomst}")
        String agreementReference,

        @Nullable LocalDate agreementSignedOn,

        @Nullable @Size(max = 1000, message = "{invalid.registerDraft.grondslag}")
        String legalBasis,

        @Nullable LocalDate retentionUntil,

        @Nullable @Size(max = 200, message = "{invalid.registerDraft.naam-contactpersoon}")
        String contactName,

        @Nullable @Size(max = 200, message = "{invalid.registerDraft.rol-contactpersoon}")
        String contactRole,

        @Nullable @Size(max = 4000, message = "{invalid.registerDraft.notities}")
        String notes) {

    /** Blank optional fields count as absent; text is trimmed. */
    public RegisterDraft {
        catalogueEntryId = blankToNull(catalogueEntryId);
        sourceText = blankToNull(sourceText);
        what = what == null ? "" : what.strip();
        granularity = blankToNull(granularity);
        period = blankToNull(period);
        holderName = holderName == null ? "" : holderName.strip();
        bestuursnummer = blankToNull(bestuursnummer);
        agreementReference = blankToNull(agreementReference);
        legalBasis = blankToNull(legalBasis);
        contactName = blankToNull(contactName);
        contactRole = blankToNull(contactRole);
        notes = blankToNull(notes);
    }

    @AssertTrue(message = "{invalid.registerDraft.kies-bron-uit}")
    public boolean isSourceGiven() {
        return catalogueEntryId != null || sourceText != null;
    }

    @AssertTrue(message = "{invalid.registerDraft.bewaartermijn-moet-na}")
    public boolean isRetentionAfterReceipt() {
        return retentionUntil == null || receivedOn == null || !retentionUntil.isBefore(receivedOn);
    }

    @AssertTrue(message = "{invalid.registerDraft.ontvangstdatum-aanvraagdatum-liggen}")
    public boolean isReceiptAfterRequest() {
        return receivedOn == null || requestedOn == null || !receivedOn.isBefore(requestedOn);
    }

    /** The draft of an existing entry, e.g. to start a change from. */
    public static RegisterDraft of(RegisterEntry e) {
        return new RegisterDraft(
                e.catalogueEntryId(),
                e.sourceText(),
                e.what(),
                e.granularity(),
                e.period(),
                e.holderKind(),
                e.holderName(),
                e.bestuursnummer(),
                e.requestedOn(),
                e.receivedOn(),
                e.agreementType(),
                e.agreementReference(),
                e.agreementSignedOn(),
                e.legalBasis(),
                e.retentionUntil(),
                e.contactName(),
                e.contactRole(),
                e.notes());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

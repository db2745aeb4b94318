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

        @Nullable @Size(max = 500, message = "De bron mag hoogstens 500 tekens lang zijn.")
        String sourceText,

        @NotBlank(message = "Beschrijf wat je precies gevraagd of ontvangen hebt.")
        @Size(max = 2000, message = "De omschrijving mag hoogstens 2000 tekens lang zijn.")
        String what,

        @Nullable @Size(max = 200, message = "Het detailniveau is te lang.")
        String granularity,

        @Nullable @Size(max = 200, message = "De periode is te lang.")
        String period,

        @NotNull(message = "Kies wie de gegevens heeft.") HolderKind holderKind,

        @NotBlank(message = "Geef de naam van de houder van de gegevens.")
        @Size(max = 300, message = "De naam van de houder mag hoogstens 300 tekens lang zijn.")
        String holderName,

        @Nullable @Pattern(regexp = "^[0-9]{1,10}$", message = "Een bestuursnummer bestaat alleen uit cijfers.")
        String bestuursnummer,

        @Nullable LocalDate requestedOn,
        @Nullable LocalDate receivedOn,
        @Nullable AgreementType agreementType,

        @Nullable @Size(max = 300, message = "Het kenmerk van de overeenkomst is te lang.")
        String agreementReference,

        @Nullable LocalDate agreementSignedOn,

        @Nullable @Size(max = 1000, message = "De grondslag mag hoogstens 1000 tekens lang zijn.")
        String legalBasis,

        @Nullable LocalDate retentionUntil,

        @Nullable @Size(max = 200, message = "De naam van de contactpersoon is te lang.")
        String contactName,

        @Nullable @Size(max = 200, message = "De rol van de contactpersoon is te lang.")
        String contactRole,

        @Nullable @Size(max = 4000, message = "De notities mogen hoogstens 4000 tekens lang zijn.")
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

    @AssertTrue(message = "Kies een bron uit de catalogus of beschrijf de bron.")
    public boolean isSourceGiven() {
        return catalogueEntryId != null || sourceText != null;
    }

    @AssertTrue(message = "De bewaartermijn moet na de ontvangstdatum liggen.")
    public boolean isRetentionAfterReceipt() {
        return retentionUntil == null || receivedOn == null || !retentionUntil.isBefore(receivedOn);
    }

    @AssertTrue(message = "De ontvangstdatum kan niet voor de aanvraagdatum liggen.")
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

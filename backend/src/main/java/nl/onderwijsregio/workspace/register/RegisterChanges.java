package nl.onderwijsregio.workspace.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.onderwijsregio.workspace.messages.Message;

/** Names the fields in which two drafts of a register entry differ (for the entry's history, in every language). */
final class RegisterChanges {

    private RegisterChanges() {}

    static List<Message> fields(RegisterDraft a, RegisterDraft b) {
        List<Message> changed = new ArrayList<>();
        compare(changed, "bron", a.catalogueEntryId(), b.catalogueEntryId());
        compare(changed, "bronomschrijving", a.sourceText(), b.sourceText());
        compare(changed, "wat", a.what(), b.what());
        compare(changed, "detailniveau", a.granularity(), b.granularity());
        compare(changed, "periode", a.period(), b.period());
        compare(changed, "soort-houder", a.holderKind(), b.holderKind());
        compare(changed, "houder", a.holderName(), b.holderName());
        compare(changed, "bestuursnummer", a.bestuursnummer(), b.bestuursnummer());
        compare(changed, "aangevraagd-op", a.requestedOn(), b.requestedOn());
        compare(changed, "ontvangen-op", a.receivedOn(), b.receivedOn());
        compare(changed, "overeenkomst", a.agreementType(), b.agreementType());
        compare(changed, "kenmerk-overeenkomst", a.agreementReference(), b.agreementReference());
        compare(changed, "overeenkomst-getekend-op", a.agreementSignedOn(), b.agreementSignedOn());
        compare(changed, "grondslag", a.legalBasis(), b.legalBasis());
        compare(changed, "bewaren-tot", a.retentionUntil(), b.retentionUntil());
        compare(changed, "contactpersoon", a.contactName(), b.contactName());
        compare(changed, "rol-contactpersoon", a.contactRole(), b.contactRole());
        compare(changed, "notities", a.notes(), b.notes());
        return changed;
    }

    private static void compare(List<Message> changed, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(Message.of("register.change." + field));
        }
    }
}

package nl.onderwijsregio.workspace.register;

import java.time.LocalDate;
import java.util.List;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.export.Table.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The active region's register as CSV (semicolons, UTF-8 with BOM, as Dutch spreadsheets expect) and XLSX. */
@Service
@PreAuthorize("@regionAccess.member()")
public class RegisterExport {

    private static final int MAX_ROWS = 10_000;
    private static final List<Column<RegisterEntry>> COLUMNS = List.of(
            new Column<RegisterEntry>("Nummer", e -> String.valueOf(e.id())),
            new Column<>("Catalogusbron", e -> e.catalogueEntryId()),
            new Column<>("Bron", e -> e.catalogueTitle() != null ? e.catalogueTitle() : e.sourceText()),
            new Column<>("Wat", RegisterEntry::what),
            new Column<>("Detailniveau", RegisterEntry::granularity),
            new Column<>("Periode", RegisterEntry::period),
            new Column<>("Soort houder", e -> e.holderKind().label()),
            new Column<>("Houder", RegisterEntry::holderName),
            new Column<>("Bestuursnummer", RegisterEntry::bestuursnummer),
            new Column<>("Status", e -> e.status().label()),
            new Column<>("Aangevraagd op", e -> date(e.requestedOn())),
            new Column<>("Ontvangen op", e -> date(e.receivedOn())),
            new Column<>("Afgesloten op", e -> date(e.closedOn())),
            new Column<>(
                    "Overeenkomst",
                    e -> e.agreementType() == null ? null : e.agreementType().label()),
            new Column<>("Kenmerk overeenkomst", RegisterEntry::agreementReference),
            new Column<>("Getekend op", e -> date(e.agreementSignedOn())),
            new Column<>("Grondslag", RegisterEntry::legalBasis),
            new Column<>("Bewaren tot", e -> date(e.retentionUntil())),
            new Column<>("Verwijdering bevestigd op", e -> date(e.deletionConfirmedOn())),
            new Column<>("Contactpersoon", RegisterEntry::contactName),
            new Column<>("Rol contactpersoon", RegisterEntry::contactRole),
            new Column<>("Notities", RegisterEntry::notes));

    private final RegisterService register;

    RegisterExport(RegisterService register) {
        this.register = register;
    }

    public byte[] csv() {
        return Spreadsheets.csv(table());
    }

    public byte[] xlsx() {
        return Spreadsheets.xlsx(table());
    }

    private Table table() {
        return Table.of("Register", entries(), COLUMNS);
    }

    private List<RegisterEntry> entries() {
        return register.page(RegisterFilter.all(), 0, MAX_ROWS, RegisterSort.UPDATED);
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}

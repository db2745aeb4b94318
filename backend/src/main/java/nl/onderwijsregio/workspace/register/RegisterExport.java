package nl.onderwijsregio.workspace.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.export.Table.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The active region's register as CSV (semicolons, UTF-8 with BOM, as Dutch spreadsheets expect) and XLSX, headers
 * and values in the request's language; {@link RegisterImport} reads either language back.
 */
@Service
@PreAuthorize("@regionAccess.member()")
public class RegisterExport {

    private static final int MAX_ROWS = 10_000;
    private static final Map<String, Function<RegisterEntry, @Nullable String>> CELLS = cells();

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

    /** The headers (and the labels of values) in the export's language; see {@link RegisterCsvColumns}. */
    private Table table() {
        List<Column<RegisterEntry>> columns = RegisterCsvColumns.IDS.stream()
                .map(id -> new Column<>(RegisterCsvColumns.key(id), CELLS.get(id)))
                .toList();
        return Table.of("Register", entries(), columns);
    }

    private static Map<String, Function<RegisterEntry, @Nullable String>> cells() {
        Map<String, Function<RegisterEntry, @Nullable String>> cells = new LinkedHashMap<>();
        cells.put("nummer", e -> String.valueOf(e.id()));
        cells.put("catalogusbron", RegisterEntry::catalogueEntryId);
        cells.put("bron", e -> e.catalogueTitle() != null ? e.catalogueTitle() : e.sourceText());
        cells.put("wat", RegisterEntry::what);
        cells.put("detailniveau", RegisterEntry::granularity);
        cells.put("periode", RegisterEntry::period);
        cells.put("soort-houder", e -> e.holderKind().label(Table.language()));
        cells.put("houder", RegisterEntry::holderName);
        cells.put("bestuursnummer", RegisterEntry::bestuursnummer);
        cells.put("status", e -> e.status().label(Table.language()));
        cells.put("aangevraagd-op", e -> date(e.requestedOn()));
        cells.put("ontvangen-op", e -> date(e.receivedOn()));
        cells.put("afgesloten-op", e -> date(e.closedOn()));
        cells.put(
                "overeenkomst",
                e -> e.agreementType() == null ? null : e.agreementType().label(Table.language()));
        cells.put("kenmerk-overeenkomst", RegisterEntry::agreementReference);
        cells.put("getekend-op", e -> date(e.agreementSignedOn()));
        cells.put("grondslag", RegisterEntry::legalBasis);
        cells.put("bewaren-tot", e -> date(e.retentionUntil()));
        cells.put("verwijdering-bevestigd-op", e -> date(e.deletionConfirmedOn()));
        cells.put("contactpersoon", RegisterEntry::contactName);
        cells.put("rol-contactpersoon", RegisterEntry::contactRole);
        cells.put("notities", RegisterEntry::notes);
        if (!cells.keySet().equals(new java.util.LinkedHashSet<>(RegisterCsvColumns.IDS))) {
            throw new IllegalStateException("Every column of the register export needs a cell");
        }
        return cells;
    }

    private List<RegisterEntry> entries() {
        return register.page(RegisterFilter.all(), 0, MAX_ROWS, RegisterSort.UPDATED);
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}

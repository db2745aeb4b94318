package nl.onderwijsregio.workspace.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The active region's register as CSV (semicolons, UTF-8 with BOM, as Dutch spreadsheets expect) and XLSX. */
@Service
@PreAuthorize("@regionAccess.member()")
public class RegisterExport {

    private static final int MAX_ROWS = 10_000;
    private static final List<Column> COLUMNS = List.of(
            new Column("Nummer", e -> String.valueOf(e.id())),
            new Column("Catalogusbron", e -> e.catalogueEntryId()),
            new Column("Bron", e -> e.catalogueTitle() != null ? e.catalogueTitle() : e.sourceText()),
            new Column("Wat", RegisterEntry::what),
            new Column("Detailniveau", RegisterEntry::granularity),
            new Column("Periode", RegisterEntry::period),
            new Column("Soort houder", e -> e.holderKind().label()),
            new Column("Houder", RegisterEntry::holderName),
            new Column("Bestuursnummer", RegisterEntry::bestuursnummer),
            new Column("Status", e -> e.status().label()),
            new Column("Aangevraagd op", e -> date(e.requestedOn())),
            new Column("Ontvangen op", e -> date(e.receivedOn())),
            new Column("Afgesloten op", e -> date(e.closedOn())),
            new Column("Overeenkomst", e -> e.agreementType() == null ? null : e.agreementType().label()),
            new Column("Kenmerk overeenkomst", RegisterEntry::agreementReference),
            new Column("Getekend op", e -> date(e.agreementSignedOn())),
            new Column("Grondslag", RegisterEntry::legalBasis),
            new Column("Bewaren tot", e -> date(e.retentionUntil())),
            new Column("Verwijdering bevestigd op", e -> date(e.deletionConfirmedOn())),
            new Column("Contactpersoon", RegisterEntry::contactName),
            new Column("Rol contactpersoon", RegisterEntry::contactRole),
            new Column("Notities", RegisterEntry::notes));

    private final RegisterService register;

    RegisterExport(RegisterService register) {
        this.register = register;
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", COLUMNS.stream().map(Column::header).toList())).append("\r\n");
        for (RegisterEntry entry : entries()) {
            List<String> cells = new ArrayList<>();
            for (Column column : COLUMNS) {
                cells.add(quote(column.value().apply(entry)));
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Register");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            int r = 1;
            for (RegisterEntry entry : entries()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = COLUMNS.get(c).value().apply(entry);
                    row.createCell(c).setCellValue(value == null ? "" : value);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<RegisterEntry> entries() {
        return register.page(RegisterFilter.all(), 0, MAX_ROWS, RegisterSort.UPDATED);
    }

    /** Quotes every cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    private static String quote(@Nullable String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private record Column(String header, Function<RegisterEntry, @Nullable String> value) {
    }
}

package nl.onderwijsregio.workspace.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Writes a {@link Table} as CSV (semicolons, UTF-8 with BOM, formula-safe) or as an XLSX workbook. */
public final class Spreadsheets {

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {}

    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", table.headers())).append("\r\n");
        for (List<@Nullable String> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(quote(cell));
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(table.name()));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                header.createCell(c).setCellValue(table.headers().get(c));
            }
            int r = 1;
            for (List<@Nullable String> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value != null && value.matches("-?(0|[1-9]\\d{0,8})")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value == null ? "" : value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes every cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    public static String quote(@Nullable String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-\\d+")) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}

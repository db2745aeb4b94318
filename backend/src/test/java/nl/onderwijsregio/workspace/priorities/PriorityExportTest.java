package nl.onderwijsregio.workspace.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import org.junit.jupiter.api.Test;

/** The comparison as CSV (BOM, semicolons, formula-safe) and as PDF. */
class PriorityExportTest {

    private final PriorityExport export = new PriorityExport();
    private final Comparison comparison = PriorityComparison.compare(
            List.of(new ComparedRegion("a", "Regio A"), new ComparedRegion("b", "Regio B")),
            "a",
            List.of(
                    priority("a", "=HYPERLINK(\"x\")", SubTheme.WERVEN),
                    priority("b", "Werven; samen", SubTheme.WERVEN)));

    private static Priority priority(String region, String title, SubTheme subTheme) {
        return new Priority(
                1,
                region,
                1,
                title,
                subTheme.theme(),
                subTheme,
                "",
                List.of(Sector.PO, Sector.VO),
                null,
                "Vacatures",
                "-10%",
                2026,
                2028,
                PriorityStatus.LOPEND,
                true,
                List.of(),
                List.of(),
                1,
                OffsetDateTime.now(),
                "t");
    }

    @Test
    void an_english_request_gets_english_headers_and_values() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            String csv = new String(export.csv(comparison), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFRegion;Rank;Title;Theme;Sub-theme;");
            assertThat(csv.lines().toList().get(1)).contains("\"In progress\"").endsWith("\"yes\"");
            String pdf = pdfText(export.pdf(comparison));
            assertThat(pdf).contains("Comparison of priorities").doesNotContain("Vergelijking");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void csv_has_a_bom_a_header_and_one_quoted_formula_safe_row_per_priority() {
        String csv = new String(export.csv(comparison), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFRegio;Rang;Titel;Thema;Subthema;");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .startsWith("\"Regio A\";\"1\";\"'=HYPERLINK(\"\"x\"\")\";\"Aantrekken\";\"Werven\"")
                .contains("\"Primair onderwijs, Voortgezet onderwijs\"", "\"2026–2028\"", "\"'-10%\"")
                .endsWith("\"ja\"");
        assertThat(lines.get(2)).contains("\"Werven; samen\"");
    }

    @Test
    void pdf_is_a_pdf() {
        byte[] pdf = export.pdf(comparison);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }

    private static String pdfText(byte[] pdf) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

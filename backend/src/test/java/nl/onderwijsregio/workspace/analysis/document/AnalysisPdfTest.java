package nl.onderwijsregio.workspace.analysis.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisPdfTest {

    private static PdfReader reader;
    private static String text;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisPdf.write(AnalysisFixtures.document(), out);
        reader = new PdfReader(out.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        text = all.toString();
    }

    @Test
    void hasTitlePageTableOfContentsAndChapters() throws IOException {
        assertThat(reader.getNumberOfPages()).isGreaterThan(12);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Onderwijsregio Zuidoost-Brabant", "Versie 3 · Vastgesteld", "1 december 2026");
        String toc = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(toc).contains("Inhoudsopgave", "Hoofdstuk 1: ontwikkeling", "Bronnenverantwoording");
        assertThat(toc).as("the first chapter starts on page 3").containsPattern("ontwikkeling[ .]*3");
        assertThat(text).contains("Kern van de zaak", "eerste punt", "stap twee", "Indicator", "5,4%");
    }

    @Test
    void dutchCharactersSurvive() {
        assertThat(text).contains("Café", "‘aanhalingstekens’", "coördinatie", "één");
    }

    @Test
    void charactersOutsideWindows1252SurviveInEveryStyle() throws IOException {
        String line = "Grensregio Łódź en Győr → samenwerking, α-niveau, ≥ 5 %";
        AnalysisDocument document = new AnalysisDocument(
                "Onderwijsregio Łódź",
                "Analyse 2026",
                1,
                "Concept",
                java.time.LocalDate.of(2026, 12, 1),
                java.util.List.of(new AnalysisDocument.DocumentChapter(
                        "Buren: Győr", line + "\n\n**Vet: Łódź** en *schuin: Győr* en `code: →`\n\n- " + line, false)),
                new AnalysisDocument.SourceAccount(java.util.List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisPdf.write(document, out);
        try (PdfReader pdf = new PdfReader(out.toByteArray())) {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                all.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
            }
            assertThat(all.toString())
                    .contains("Onderwijsregio Łódź", "Buren: Győr", line, "Vet: Łódź", "schuin: Győr", "code: →");
        }
    }

    @Test
    void rawHtmlIsText() {
        assertThat(text).contains("<script>alert(1)</script>");
    }

    @Test
    void sourceAccountWithoutPeople() {
        assertThat(text)
                .contains("Verzuim per bestuur", "Niet gebruikt uit de Handreiking:", "Zij-instromers per regio");
    }

    @Test
    void pagesAreNumberedAndMetadataSet() {
        assertThat(text).contains("Pagina 2", "Pagina " + reader.getNumberOfPages());
        assertThat(reader.getInfo().get("Title")).isEqualTo("Regionale analyse 2026 — Onderwijsregio Zuidoost-Brabant");
        assertThat(reader.getCatalog().get(com.lowagie.text.pdf.PdfName.LANG).toString())
                .isEqualTo("nl");
    }
}

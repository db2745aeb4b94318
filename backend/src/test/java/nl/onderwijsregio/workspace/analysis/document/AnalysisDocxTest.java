package nl.onderwijsregio.workspace.analysis.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisDocxTest {

    private static XWPFDocument docx;
    private static String xml;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisDocx.write(AnalysisFixtures.document(), out);
        docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        xml = docx.getDocument().xmlText();
    }

    @Test
    void titlePageNamesRegionEditionVersionAndDate() {
        String start = docx.getParagraphs().stream()
                .limit(6)
                .map(XWPFParagraph::getText)
                .collect(Collectors.joining("\n"));

        assertThat(start)
                .contains(
                        "Onderwijsregio Zuidoost-Brabant",
                        "Regionale analyse 2026",
                        "Versie 3 · Vastgesteld",
                        "1 december 2026");
    }

    @Test
    void hasATableOfContentsFieldWithTheChapterTitles() {
        assertThat(xml).contains("TOC \\o");
        assertThat(docx.getParagraphs())
                .filteredOn(p -> DocxStyles.TOC_1.equals(p.getStyle()))
                .extracting(XWPFParagraph::getText)
                .hasSize(11)
                .contains("Bronnenverantwoording");
        assertThat(docx.isEnforcedUpdateFields()).isTrue();
    }

    @Test
    void chaptersAndInnerHeadingsUseHeadingStylesWordRecognises() {
        assertThat(paragraph("Hoofdstuk 1: ontwikkeling", "Heading1")).isNotNull();
        assertThat(paragraph("Bronnenverantwoording", "Heading1")).isNotNull();
        assertThat(paragraph("Kern van de zaak").getStyle()).isEqualTo("Heading2");
        assertThat(paragraph("Detail").getStyle()).isEqualTo("Heading3");
        assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
    }

    @Test
    void inlineFormattingBecomesRuns() {
        XWPFParagraph intro = paragraph("Inleiding met vet, cursief en code. Café, ‘aanhalingstekens’ en coördinatie.");
        assertThat(intro.getRuns()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("vet");
            assertThat(r.isBold()).isTrue();
        });
        assertThat(intro.getRuns()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("cursief");
            assertThat(r.isItalic()).isTrue();
        });
        assertThat(intro.getRuns())
                .anySatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Consolas"));
    }

    @Test
    void listsHaveRealNumbering() {
        assertThat(paragraph("eerste punt").getNumID()).isNotNull();
        assertThat(paragraph("genest punt").getNumIlvl()).isEqualTo(java.math.BigInteger.ONE);
        assertThat(paragraph("stap één").getNumID())
                .isNotNull()
                .isNotEqualTo(paragraph("eerste punt").getNumID());
        assertThat(docx.getNumbering().getNum(paragraph("stap één").getNumID())).isNotNull();
    }

    @Test
    void markdownTablesQuotesAndRawHtml() {
        assertThat(docx.getTables())
                .anySatisfy(t -> assertThat(cells(t)).contains("Indicator", "Waarde", "Verzuim", "5,4%"));
        assertThat(paragraph("Een citaat (Vfpf: verzuimcijfers per bestuur)").getStyle())
                .isEqualTo("Quote");
        assertThat(paragraph("<script>alert(1)</script>")).isNotNull();
    }

    @Test
    void sourceAccountHasTablesAndWhatWasNotUsed() {
        assertThat(paragraph("Behouden", "Heading2")).isNotNull();
        assertThat(docx.getTables())
                .anySatisfy(t -> assertThat(cells(t))
                        .contains(
                                "Bron",
                                "Overeenkomst",
                                AnalysisFixtures.REGISTER_TITLE,
                                "Vervangingsfonds/Participatiefonds",
                                "Gegevensdelingsovereenkomst"));
        assertThat(paragraph("Niet gebruikt uit de Handreiking:")).isNotNull();
        assertThat(paragraph("Zij-instromers per regio").getNumID()).isNotNull();
        assertThat(paragraph("Alle bronnen uit de Handreiking voor dit thema zijn gebruikt."))
                .isNotNull();
    }

    @Test
    void footerHasAPageField() {
        assertThat(docx.getFooterList())
                .anySatisfy(footer -> assertThat(footer.getParagraphs())
                        .anySatisfy(p -> assertThat(p.getCTP().getFldSimpleList())
                                .anySatisfy(f -> assertThat(f.getInstr()).contains("PAGE"))));
        assertThat(docx.getHeaderList())
                .anySatisfy(h ->
                        assertThat(h.getText()).contains("Onderwijsregio Zuidoost-Brabant · Regionale analyse 2026"));
    }

    @Test
    void noSourcesAtAllIsSaid() throws IOException {
        AnalysisDocument base = AnalysisFixtures.document();
        AnalysisDocument empty = new AnalysisDocument(
                base.regionName(),
                base.edition(),
                1,
                "Concept",
                base.date(),
                base.chapters(),
                new AnalysisDocument.SourceAccount(List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisDocx.write(empty, out);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains("Er zijn (nog) geen bronnen gebruikt of aangehaald.");
        }
    }

    private static XWPFParagraph paragraph(String text) {
        return docx.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static XWPFParagraph paragraph(String text, String style) {
        return docx.getParagraphs().stream()
                .filter(p -> p.getText().equals(text) && style.equals(p.getStyle()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + style));
    }

    private static List<String> cells(XWPFTable table) {
        return table.getRows().stream()
                .flatMap(r -> r.getTableCells().stream())
                .map(c -> c.getText())
                .toList();
    }
}

package nl.onderwijsregio.workspace.analysis.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisMarkdownTest {

    private static String markdown;

    @BeforeAll
    static void write() {
        markdown = AnalysisMarkdown.write(AnalysisFixtures.document());
    }

    @Test
    void startsWithTitleAndVersionLine() {
        assertThat(markdown)
                .startsWith("# Regionale analyse 2026 — Onderwijsregio Zuidoost-Brabant\n\n"
                        + "Versie 3 · Vastgesteld · 1 december 2026\n");
    }

    @Test
    void chaptersAreLevelTwoAndTheirHeadingsMoveBelow() {
        assertThat(markdown)
                .contains("\n## Hoofdstuk 1: ontwikkeling\n", "\n## Bronnenverantwoording\n")
                .contains("\n### Kern van de zaak\n", "\n#### Detail\n")
                .contains("**vet**", "`code`", "Café", "‘aanhalingstekens’")
                .contains("- eerste punt", "1. stap één")
                .contains("|Indicator|Waarde|\n|---|---|\n|Verzuim|5,4%|");
        assertThat(markdown.split("\n## Hoofdstuk ", -1)).hasSize(11);
    }

    @Test
    void rawHtmlIsNotPassedThrough() {
        assertThat(markdown)
                .doesNotContain("\n<script>alert(1)</script>\n\n")
                .contains("```\n<script>alert(1)</script>\n```");
    }

    @Test
    void sourceAccountAsTablesAndLists() {
        assertThat(markdown)
                .contains("\n### Behouden\n", "|Bron|Datapartner|Niveau|Open/gesloten|Periode|Houder|Overeenkomst|")
                .contains("|" + AnalysisFixtures.REGISTER_TITLE + "|Vervangingsfonds|bestuur|gesloten|2024|")
                .contains("Niet gebruikt uit de Handreiking:\n\n- Zij-instromers per regio\n")
                .contains("Alle bronnen uit de Handreiking voor dit thema zijn gebruikt.");
    }

    @Test
    void textFromTheModelIsEscaped() {
        AnalysisDocument base = AnalysisFixtures.document();
        var line = new AnalysisDocument.SourceLine("Bron | met *ster*", null, null, true, null, null, null);
        var sources = new AnalysisDocument.SourceAccount(java.util.List.of(
                new AnalysisDocument.SourceGroup("Aantrekken", java.util.List.of(line), java.util.List.of())));
        AnalysisDocument doc = new AnalysisDocument(
                "Regio <b>",
                "Editie",
                1,
                "Concept",
                base.date(),
                base.chapters().subList(10, 11),
                sources);

        String written = AnalysisMarkdown.write(doc);

        assertThat(written).contains("Regio \\<b\\>", "Bron \\| met \\*ster\\*").doesNotContain("Regio <b>");
    }
}

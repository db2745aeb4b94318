package nl.onderwijsregio.workspace.analysis.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.DocumentChapter;
import nl.onderwijsregio.workspace.register.AgreementType;
import nl.onderwijsregio.workspace.register.HolderKind;
import org.jspecify.annotations.Nullable;

/** A small catalogue, register and an eleven-chapter analysis shared by the writer tests. */
final class AnalysisFixtures {

    static final String REGISTER_TITLE = "Verzuim per bestuur — Verzuimcijfers 2024 per bestuur";
    static final String CHAPTER_MARKDOWN = """
            Inleiding met **vet**, *cursief* en `code`. Café, ‘aanhalingstekens’ en coördinatie.

            ## Kern van de zaak

            - eerste punt
            - tweede punt
              - genest punt

            1. stap één
            2. stap twee

            | Indicator | Waarde |
            |---|---|
            | Verzuim | 5,4% |

            > Een citaat *(Vfpf: verzuimcijfers per bestuur)*

            <script>alert(1)</script>

            ### Detail

            Slottekst.
            """;

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private AnalysisFixtures() {}

    static List<CatalogueSource> catalogue() {
        return List.of(
                entry("c5", 5, "Regionale context", "Bevolkingsprognose", "CBS", "CBS", "gemeente", true, false),
                entry("c1", 1, "Aantrekken", "Instroom pabo-studenten", "DUO", "DUO", "instelling", true, false),
                entry("c2", 2, "Aantrekken", "Zij-instromers per regio", "Voion", null, "regio", true, false),
                entry("c3", 3, "Behouden", "Verzuim per bestuur", "Vfpf", "Vervangingsfonds", "bestuur", false, false),
                entry("c4", 4, "Behouden", "Uitstroom leraren", "DUO", "DUO", "bestuur", true, true),
                entry("c6", 6, "Onbekend thema", "Iets anders", "Eigen", null, null, true, false),
                entry("c7", 7, "Continueren", "Werkdruk per sector", "Voion", "Voion", "sector", true, false));
    }

    static Set<String> usedCatalogueIds() {
        return Set.of("c1", "c5");
    }

    static List<ClosedSource> usedRegister() {
        return List.of(
                register(
                        1,
                        "c3",
                        "Verzuim per bestuur",
                        null,
                        "Verzuimcijfers 2024 per bestuur",
                        "bestuur",
                        "2024",
                        HolderKind.VFPF,
                        AgreementType.GEGEVENSDELINGSOVEREENKOMST),
                register(
                        2,
                        null,
                        null,
                        "Eigen enquête",
                        "Een enquête onder alle schoolleiders in de regio over vacatures, werkdruk, verzuim en"
                                + " de verwachte uitstroom in de komende vijf jaar, met open vragen",
                        "school",
                        "2025",
                        HolderKind.BESTUUR,
                        null));
    }

    static AnalysisDocument.SourceAccount sources() {
        return SourceAccounts.of(catalogue(), usedCatalogueIds(), usedRegister());
    }

    static AnalysisDocument document() {
        List<DocumentChapter> chapters = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            chapters.add(new DocumentChapter("Hoofdstuk " + i + ": ontwikkeling", CHAPTER_MARKDOWN, false));
        }
        chapters.add(new DocumentChapter("Bronnenverantwoording", "", true));
        return new AnalysisDocument(
                "Onderwijsregio Zuidoost-Brabant",
                "Regionale analyse 2026",
                3,
                "Vastgesteld",
                LocalDate.of(2026, 12, 1),
                chapters,
                sources());
    }

    static CatalogueSource entry(
            String id,
            int position,
            String theme,
            String information,
            String source,
            @Nullable String partnerName,
            @Nullable String level,
            boolean open,
            boolean retired) {
        return new CatalogueSource(
                id, position, theme, information, partnerName != null ? partnerName : source, level, open, retired);
    }

    /** A register entry as the source account receives it: the lookup never reads contacts, holder names or notes. */
    static ClosedSource register(
            long id,
            @Nullable String catalogueEntryId,
            @Nullable String catalogueTitle,
            @Nullable String sourceText,
            String what,
            String granularity,
            String period,
            HolderKind holderKind,
            @Nullable AgreementType agreementType) {
        return new ClosedSource(
                catalogueEntryId,
                catalogueTitle != null ? catalogueTitle : sourceText != null ? sourceText : "",
                what,
                granularity,
                period,
                holderKind.label(),
                agreementType == null ? null : agreementType.label());
    }
}

package nl.onderwijsregio.workspace.analysis.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import org.junit.jupiter.api.Test;

class SourceAccountsTest {

    @Test
    void groupsByThemeInThemeOrderWithOtherLast() {
        List<SourceGroup> groups = AnalysisFixtures.sources().groups();

        assertThat(groups)
                .extracting(SourceGroup::theme)
                .containsExactly("Aantrekken", "Behouden", "Continueren", "Regionale context", "Overig");
    }

    @Test
    void linesCarryWhatWasUsedButNoPeople() {
        List<SourceGroup> groups = AnalysisFixtures.sources().groups();

        assertThat(groups.get(0).used())
                .containsExactly(
                        new SourceLine("Instroom pabo-studenten", "DUO", "instelling", true, null, null, null));
        assertThat(groups.get(1).used())
                .as("the catalogue entry behind a register entry is listed once, as the register line")
                .containsExactly(new SourceLine(
                        AnalysisFixtures.REGISTER_TITLE,
                        "Vervangingsfonds",
                        "bestuur",
                        false,
                        "2024",
                        "Vervangingsfonds/Participatiefonds",
                        "Gegevensdelingsovereenkomst"));
        assertThat(groups.get(2).used()).isEmpty();
        assertThat(groups.get(3).used())
                .containsExactly(new SourceLine("Bevolkingsprognose", "CBS", "gemeente", true, null, null, null));
        SourceLine own = groups.get(4).used().getFirst();
        assertThat(own.title()).startsWith("Eigen enquête — Een enquête").endsWith(" …");
        assertThat(own.title().length()).isLessThan("Eigen enquête — ".length() + 125);
        assertThat(own.dataPartner()).isNull();
        assertThat(own.holder()).isEqualTo("Schoolbestuur");
        assertThat(own.agreement()).isNull();
    }

    @Test
    void notUsedListsTheRemainingCurrentCatalogueEntriesPerTheme() {
        List<SourceGroup> groups = AnalysisFixtures.sources().groups();

        assertThat(groups.get(0).notUsed()).containsExactly("Zij-instromers per regio");
        assertThat(groups.get(1).notUsed())
                .as("covered by the register; the other one is retired")
                .isEmpty();
        assertThat(groups.get(2).notUsed()).containsExactly("Werkdruk per sector");
        assertThat(groups.get(3).notUsed()).isEmpty();
        assertThat(groups.get(4).notUsed()).containsExactly("Iets anders");
    }

    @Test
    void nothingAtAllGivesNoGroups() {
        assertThat(SourceAccounts.of(List.of(), Set.of(), List.of()).groups()).isEmpty();
    }

    @Test
    void aRegisterEntryLinkedToAnUnknownCatalogueEntryGoesToOther() {
        var entry = AnalysisFixtures.register(
                9,
                "gone",
                "Oude bron",
                null,
                "Iets",
                "regio",
                "2023",
                nl.onderwijsregio.workspace.register.HolderKind.BESTUUR,
                null);

        List<SourceGroup> groups =
                SourceAccounts.of(List.of(), Set.of(), List.of(entry)).groups();

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.theme()).isEqualTo("Overig");
            assertThat(group.used().getFirst().title()).isEqualTo("Oude bron — Iets");
            assertThat(group.used().getFirst().dataPartner()).isNull();
        });
    }
}

package nl.onderwijsregio.workspace.themes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** There is one list of sectors and one of themes and sub-themes: this package's, which every feature uses. */
class OneVocabularyTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.onderwijsregio.workspace");

    @Test
    void no_enum_of_sectors_or_themes_exists_outside_the_themes_package() {
        noClasses()
                .that()
                .areEnums()
                .and()
                .resideOutsideOfPackage(Theme.class.getPackageName())
                .should()
                .haveSimpleNameContaining("Sector")
                .orShould()
                .haveSimpleNameContaining("Theme")
                .because("the catalogue, findings, priorities and the national overview share one vocabulary")
                .check(CLASSES);
    }

    @Test
    void labels_and_codes_are_unique_and_every_sub_theme_belongs_to_an_abc_theme() {
        assertThat(Arrays.stream(Theme.values()).map(Theme::label)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(SubTheme.values()).map(SubTheme::label)).doesNotHaveDuplicates();
        assertThat(SubTheme.values())
                .allSatisfy(s -> assertThat(s.theme().abc()).isTrue());
        assertThat(Theme.abcThemes())
                .containsExactly(Theme.AANTREKKEN, Theme.BEHOUDEN, Theme.CONTINUEREN)
                .allSatisfy(t -> assertThat(t.subThemes()).isNotEmpty());
    }

    @Test
    void the_api_reads_a_theme_or_sub_theme_by_its_dutch_name_or_its_code() {
        assertThat(Theme.of("Behouden")).isEqualTo(Theme.of("BEHOUDEN")).isEqualTo(Theme.BEHOUDEN);
        assertThat(SubTheme.of("Verzuim & werkgeluk"))
                .isEqualTo(SubTheme.of("VERZUIM_WERKGELUK"))
                .isEqualTo(SubTheme.VERZUIM_WERKGELUK);
        assertThat(Theme.of(" ")).isNull();
        assertThatThrownBy(() -> Theme.of("Werven")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void json_carries_themes_by_their_dutch_name_and_reads_the_code_too() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(Topic.of(SubTheme.VERZUIM_WERKGELUK)))
                .isEqualTo("{\"theme\":\"Behouden\",\"subTheme\":\"Verzuim & werkgeluk\"}");
        assertThat(json.readValue("\"OPLEIDEN\"", SubTheme.class)).isEqualTo(SubTheme.OPLEIDEN);
        assertThat(json.readValue("\"Regionale context\"", Theme.class)).isEqualTo(Theme.REGIONALE_CONTEXT);
        assertThat(json.writeValueAsString(Sector.HO)).isEqualTo("\"HO\"");
    }
}

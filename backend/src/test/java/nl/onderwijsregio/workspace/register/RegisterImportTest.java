package nl.onderwijsregio.workspace.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

/** CSV import: a preview per line, all-or-nothing commit, no duplicates on re-import, limits with clear messages. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegisterImportTest extends DatabaseTest {

    private static final String REGION = TestRegions.id("stedenband");
    private static final AsUser LEAD = AsUser.lead(REGION);
    private static final String GOOD = "Catalogusbron;Wat;Soort houder;Houder;Bestuursnummer\r\n"
            + "e056;Verzuim po (import);Vfpf;Vervangingsfonds;\r\n"
            + "\"\";\"Uitstroom; per school (import)\";Schoolbestuur;Stichting Stedenscholen;41234\r\n";

    @Autowired
    RegisterImport importer;

    @Autowired
    RegisterService register;

    @Autowired
    RegisterExport export;

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    @Test
    void a_good_file_is_previewed_committed_and_a_re_import_adds_nothing() {
        LEAD.run(REGION, () -> {
            int before = register.count(RegisterFilter.all());
            List<ImportRow> preview = importer.preview(bytes(GOOD.replace("\"\";", "\"\";")));
            assertThat(preview).extracting(ImportRow::action).containsExactly("CREATE", "ERROR");
            assertThat(preview.get(1).errors()).isNotEmpty();

            String fixed = GOOD.replace("\"\";\"Uitstroom", "e054;\"Uitstroom");
            assertThat(importer.preview(bytes(fixed)))
                    .extracting(ImportRow::action)
                    .containsOnly("CREATE");
            assertThat(importer.commit(bytes(fixed))).isEqualTo(2);
            assertThat(register.count(RegisterFilter.all())).isEqualTo(before + 2);
            assertThat(importer.preview(bytes(fixed)))
                    .extracting(ImportRow::action)
                    .containsOnly("DUPLICATE");
            assertThat(importer.commit(bytes(fixed))).isZero();

            assertThat(importer.preview(export.csv()))
                    .extracting(ImportRow::action)
                    .doesNotContain("CREATE");
        });
    }

    @Test
    void a_file_saved_by_excel_in_windows_1252_keeps_its_accents() {
        String text =
                "Catalogusbron;Wat;Soort houder;Houder\r\ne056;Verzuim per maand (geëxporteerd, café);Vfpf;Vfpf\r\n";
        LEAD.run(REGION, () -> {
            List<ImportRow> cp1252 = importer.preview(text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
            List<ImportRow> utf8 = importer.preview(bytes(text));
            assertThat(cp1252.getFirst().draft().what()).isEqualTo("Verzuim per maand (geëxporteerd, café)");
            assertThat(utf8.getFirst().draft().what()).isEqualTo("Verzuim per maand (geëxporteerd, café)");
        });
    }

    @Test
    void one_bad_line_means_nothing_is_imported() {
        LEAD.run(REGION, () -> {
            int before = register.count(RegisterFilter.all());
            String bad = "Catalogusbron;Wat;Soort houder;Houder;Bestuursnummer\r\n"
                    + "e056;Goede regel (rollback);Vfpf;Vfpf;\r\n"
                    + "e056;Foute regel (rollback);Schoolbestuur;Stichting X;12AB\r\n";
            List<ImportRow> preview = importer.preview(bytes(bad));
            assertThat(dutch(preview.get(1))).contains("Een bestuursnummer bestaat alleen uit cijfers.");
            assertThatThrownBy(() -> importer.commit(bytes(bad)))
                    .isInstanceOf(RegisterRuleException.class)
                    .hasMessageContaining("niets ingelezen");
            assertThat(register.count(RegisterFilter.all())).isEqualTo(before);
        });
    }

    @Test
    void a_control_character_in_a_cell_refuses_the_line_and_nothing_is_imported() {
        LEAD.run(REGION, () -> {
            int before = register.count(RegisterFilter.all());
            String withNul = "Catalogusbron;Wat;Soort houder;Houder;Notities\r\n"
                    + "e056;Goede regel (nul);Vfpf;Vfpf;\"twee\nregels\"\r\n"
                    + "e056;Foute\u0000regel (nul);Vfpf;Vfpf\u0007;\r\n"
                    + "e0\u000056;Code met NUL;Vfpf;Vfpf;\r\n";
            List<ImportRow> preview = importer.preview(bytes(withNul));
            assertThat(preview).extracting(ImportRow::action).containsExactly("CREATE", "ERROR", "ERROR");
            assertThat(dutch(preview.get(2)))
                    .contains(
                            "De kolom 'Catalogusbron' bevat een teken dat niet is toegestaan (een stuurteken zoals NUL).");
            assertThat(dutch(preview.get(1)))
                    .contains(
                            "De kolom 'Wat' bevat een teken dat niet is toegestaan (een stuurteken zoals NUL).",
                            "De kolom 'Houder' bevat een teken dat niet is toegestaan (een stuurteken zoals NUL).");
            assertThatThrownBy(() -> importer.commit(bytes(withNul)))
                    .isInstanceOf(RegisterRuleException.class)
                    .hasMessageContaining("niets ingelezen");
            assertThat(register.count(RegisterFilter.all())).isEqualTo(before);
        });
    }

    @Test
    void missing_columns_and_oversized_files_are_refused_with_a_clear_message() {
        LEAD.run(REGION, () -> {
            assertThatThrownBy(() -> importer.preview(bytes("Wat;Houder\r\nx;y\r\n")))
                    .hasMessageContaining("'soort houder' ontbreekt");
            assertThatThrownBy(() -> importer.preview(new byte[RegisterImport.MAX_BYTES + 1]))
                    .hasMessageContaining("groter dan 1 MB");
        });
    }

    @Test
    void the_english_export_reads_back_and_english_headers_and_values_are_accepted() {
        LEAD.run(REGION, () -> {
            importer.commit(
                    bytes(GOOD.replace("\"\";\"Uitstroom", "e054;\"Uitstroom").replace("(import)", "(en)")));
            String english;
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            try {
                english = new String(export.csv(), StandardCharsets.UTF_8);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
            assertThat(english)
                    .contains("Number;Catalogue source;Source;What;Level of detail;Period;Kind of holder;Holder")
                    .contains("School board")
                    .doesNotContain("Soort houder");
            assertThat(new String(export.csv(), StandardCharsets.UTF_8)).contains("Catalogusbron;Bron;Wat");
            assertThat(importer.preview(english.getBytes(StandardCharsets.UTF_8)))
                    .as("every line of the English export is recognised as already in the register")
                    .extracting(ImportRow::action)
                    .containsOnly("DUPLICATE");

            List<ImportRow> typed = importer.preview(bytes("Catalogue source;What;Kind of holder;Holder\r\n"
                    + "e056;Verzuim (English header);School board;Stichting E\r\n"
                    + "e056;Verzuim (English header, bad);Grocer;Stichting F\r\n"));
            assertThat(typed).extracting(ImportRow::action).containsExactly("CREATE", "ERROR");
            assertThat(typed.get(1).errors().getFirst().text(Locale.ENGLISH))
                    .isEqualTo("Unknown kind of holder: 'Grocer'.");
            assertThat(typed.get(1).errors().getFirst().dutch()).isEqualTo("Onbekende soort houder: 'Grocer'.");
            assertThatThrownBy(() -> importer.preview(bytes("What;Holder\r\nx;y\r\n")))
                    .isInstanceOfSatisfying(
                            RegisterRuleException.class,
                            e -> assertThat(e.explanation().text(Locale.ENGLISH))
                                    .contains("'kind of holder' is missing"));
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> dutch(ImportRow row) {
        return row.errors().stream()
                .map(nl.onderwijsregio.workspace.messages.Message::dutch)
                .toList();
    }
}

package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts are said with the right plural form ("1 regel", "2 regels"), by {@code choice} in the bundles, never with a
 * bracketed ending ("regel(s)", "bevinding(en)", "gemeente(n)", "municipality(ies)").
 */
class PluralFormsTest {

    /** A word with a bracketed plural ending. */
    private static final Pattern HACK = Pattern.compile("\\p{L}\\((en|n|s|e|es|ies|'s|ren|nen)\\)");

    private final Translations translations = new Translations();

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages", "/i18n/texts"})
    void no_text_pluralises_with_a_bracketed_ending(String bundle) throws Exception {
        for (String language : List.of("nl", "en")) {
            Properties texts = new Properties();
            try (InputStream in = PluralFormsTest.class.getResourceAsStream(bundle + "_" + language + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> hacks = new ArrayList<>();
            texts.forEach((key, text) -> {
                if (HACK.matcher((String) text).find()) {
                    hacks.add(key + "=" + text);
                }
            });
            assertThat(hacks).as(bundle + "_" + language).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            count.lines              | 0 | 0 regels                  | 0 lines
            count.lines              | 1 | 1 regel                   | 1 line
            count.lines              | 2 | 2 regels                  | 2 lines
            count.findings           | 0 | 0 bevindingen             | 0 findings
            count.findings           | 1 | 1 bevinding               | 1 finding
            count.findings           | 2 | 2 bevindingen             | 2 findings
            count.comments           | 0 | 0 reacties                | 0 comments
            count.comments           | 1 | 1 reactie                 | 1 comment
            count.comments           | 2 | 2 reacties                | 2 comments
            findings.total           | 1 | 1 bevinding               | 1 finding
            findings.total           | 4 | 4 bevindingen             | 4 findings
            findings.comments.count  | 1 | 1 reactie                 | 1 comment
            findings.comments.count  | 2 | 2 reacties                | 2 comments
            logbook.total            | 1 | 1 regel                   | 1 row
            logbook.total            | 2 | 2 regels                  | 2 rows
            national.lines.count     | 0 | 0 regels                  | 0 lines
            national.lines.count     | 1 | 1 regel                   | 1 line
            national.lines.count     | 2 | 2 regels                  | 2 lines
            register.import.done     | 0 | 0 registraties ingelezen. | 0 entries imported.
            register.import.done     | 1 | 1 registratie ingelezen.  | 1 entry imported.
            register.import.done     | 2 | 2 registraties ingelezen. | 2 entries imported.
            """)
    void a_count_takes_the_plural_form_of_its_number(String key, int count, String dutch, String english) {
        assertThat(translations.getTranslation(key, Translations.DUTCH, count)).isEqualTo(dutch);
        assertThat(translations.getTranslation(key, Translations.ENGLISH, count))
                .isEqualTo(english);
    }

    /** An apostrophe in a branch with a number needs four quotes in the bundle (the branch is formatted once more). */
    @ParameterizedTest(name = "{0} regions")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 regio's met een gebied op de kaart, gekleurd naar Dekking. 0 gemeenten horen nog bij geen regio.
            1 | 1 regio met een gebied op de kaart, gekleurd naar Dekking. 1 gemeente hoort nog bij geen regio.
            2 | 2 regio's met een gebied op de kaart, gekleurd naar Dekking. 2 gemeenten horen nog bij geen regio.
            """)
    void apostrophes_survive_in_plural_forms(int count, String dutch) {
        assertThat(translations.getTranslation("national.map.summary", Translations.DUTCH, count, "Dekking", count))
                .isEqualTo(dutch);
        assertThat(translations.getTranslation("national.sources.open", Translations.DUTCH, count, "open", "Bron"))
                .isEqualTo("Bron, open: " + (count == 1 ? "1 regio" : count + " regio's") + ". Toon de regels.");
        assertThat(translations.getTranslation("priorities.similarity.detail", Translations.DUTCH, 0, count, "-"))
                .isEqualTo("0 van " + (count == 1 ? "1 subthema" : count + " subthema's") + " gedeeld: -");
        assertThat(translations.getTranslation(
                        "national.priorities.summary", Translations.DUTCH, "Werven", count, count))
                .endsWith(count == 1 ? " in 1 regio" : " in " + count + " regio's");
        assertThat(nl.onderwijsregio.workspace.messages.Texts.dutch(
                        "priorities.pdf.similarity.line", "B", 50, 1, count))
                .isEqualTo("B: 50% (1 van " + (count == 1 ? "1 subthema" : count + " subthema's") + " gedeeld)");
    }

    @ParameterizedTest(name = "{0} municipalities")
    @CsvSource(delimiter = '|', textBlock = """
            0 | De regio bestaat uit 0 gemeenten: . | The region consists of 0 municipalities: .
            1 | De regio bestaat uit 1 gemeente: A. | The region consists of 1 municipality: A.
            2 | De regio bestaat uit 2 gemeenten: A, B. | The region consists of 2 municipalities: A, B.
            """)
    void the_area_counts_its_municipalities(int count, String dutch, String english) {
        String names = String.join(", ", List.of("A", "B").subList(0, count));
        assertThat(translations.getTranslation("area.summary", Translations.DUTCH, count, names))
                .isEqualTo(dutch);
        assertThat(translations.getTranslation("area.summary", Locale.ENGLISH, count, names))
                .isEqualTo(english);
        assertThat(translations.getTranslation(
                        "national.matrix.cell.aria", Translations.DUTCH, "Noord", "Werven", 0, count, 0))
                .contains(count == 1 ? "0 van 1 bron in" : "0 van " + count + " bronnen in");
    }
}

package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A count says what it counts ("1 regel met fouten", not "1 met fouten"), in its plural form by {@code choice}:
 * the import preview's summary and the national overview's chart summaries.
 */
class CountsNameTheirNounTest {

    /**
     * A bare number followed by what would describe its noun: a preposition ("{2} met fouten", "{1} already there") or
     * a participle or adjective that ends the phrase ("{1} ontvangen,", "{0} new)").
     */
    private static final Pattern BARE = Pattern.compile("\\{\\d}\\s+((met|al|with|already)\\b"
            + "|(nieuw|new|ontvangen|received|gedeeld|shared)(?=\\s*([,.;:)|}]|$)))");

    /** Texts where the noun is said just before, or the number is no count, each with its reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "findings.tab.feed.unread", "the tab's own label names what is new: Gedeeld met ons (2 nieuw)",
            "notifications.unread.label", "the bell's name names what is new: Meldingen, 2 nieuw",
            "national.matrix.cell.aria", "the noun is said just before: 2 van 12 bronnen in het register, 1 ontvangen",
            "regions.area.taken", "{0} is a municipality's name, no count");

    private final Translations translations = new Translations();

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages", "/i18n/texts"})
    void no_count_stands_without_its_noun(String bundle) throws Exception {
        for (String language : List.of("nl", "en")) {
            Properties texts = new Properties();
            try (InputStream in =
                    CountsNameTheirNounTest.class.getResourceAsStream(bundle + "_" + language + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts).as("the bundle was read").isNotEmpty();
            List<String> bare = new ArrayList<>();
            texts.forEach((key, text) -> {
                if (!ALLOWED.containsKey(key) && BARE.matcher((String) text).find()) {
                    bare.add(key + "=" + text);
                }
            });
            assertThat(bare).as(bundle + "_" + language).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 | 1 | 0 nieuwe registraties, 0 registraties al aanwezig, 1 regel met fouten | 0 new entries, 0 entries already there, 1 line with errors
            1 | 1 | 2 | 1 nieuwe registratie, 1 registratie al aanwezig, 2 regels met fouten   | 1 new entry, 1 entry already there, 2 lines with errors
            2 | 2 | 0 | 2 nieuwe registraties, 2 registraties al aanwezig, 0 regels met fouten | 2 new entries, 2 entries already there, 0 lines with errors
            """)
    void the_import_preview_counts_entries_and_lines(
            long creates, long duplicates, long errors, String dutch, String english) {
        assertThat(translations.getTranslation(
                        "register.import.counts", Translations.DUTCH, creates, duplicates, errors))
                .isEqualTo(dutch);
        assertThat(translations.getTranslation(
                        "register.import.counts", Translations.ENGLISH, creates, duplicates, errors))
                .isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 bronnen ontvangen | 0 sources received | 0 bevindingen | 0 findings
            1 | 1 bron ontvangen    | 1 source received  | 1 bevinding   | 1 finding
            2 | 2 bronnen ontvangen | 2 sources received | 2 bevindingen | 2 findings
            """)
    void the_national_summaries_count_sources_and_findings(
            int count, String received, String receivedEn, String findings, String findingsEn) {
        assertThat(translations.getTranslation("national.map.value.received", Translations.DUTCH, count))
                .isEqualTo(received);
        assertThat(translations.getTranslation("national.map.value.received", Translations.ENGLISH, count))
                .isEqualTo(receivedEn);
        assertThat(translations.getTranslation("national.trend.counts", Translations.DUTCH, "jan. 2026", count, count))
                .isEqualTo("jan. 2026: " + received + ", " + findings);
        assertThat(translations.getTranslation("national.trend.counts", Translations.ENGLISH, "Jan 2026", count, count))
                .isEqualTo("Jan 2026: " + receivedEn + ", " + findingsEn);
        assertThat(translations.getTranslation("national.findings.counts", Translations.DUTCH, "Werven", count, 1))
                .isEqualTo("Werven: " + findings + " met iedereen gedeeld, 1 bevinding in de regio of met de buren");
        assertThat(translations.getTranslation("national.findings.counts", Translations.ENGLISH, "Werven", count, 1))
                .isEqualTo("Werven: " + findingsEn
                        + " shared with everyone, 1 finding in the region or with the neighbours");
    }
}

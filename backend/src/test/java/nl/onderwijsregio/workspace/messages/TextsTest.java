package nl.onderwijsregio.workspace.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Backend texts in Dutch by default and in English on request, with Dutch plural forms. */
class TextsTest {

    @Test
    void dutch_is_the_default_and_english_is_offered() {
        assertThat(Texts.text("RegisterStatus.GEWENST", Locale.GERMAN)).isEqualTo("Gewenst");
        assertThat(Texts.text("RegisterStatus.GEWENST", Locale.UK)).isEqualTo("Wanted");
        assertThat(Texts.text("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void plural_forms_follow_the_number() {
        assertThat(Texts.dutch("count.lines", 1)).isEqualTo("1 regel");
        assertThat(Texts.dutch("count.lines", 2)).isEqualTo("2 regels");
        assertThat(Texts.dutch("count.lines", 0)).isEqualTo("0 regels");
        assertThat(Texts.text("count.lines", Locale.ENGLISH, 1)).isEqualTo("1 line");
        assertThat(Texts.text("count.lines", Locale.ENGLISH, 2000)).isEqualTo("2,000 lines");
        assertThat(Texts.dutch("count.lines", 2000)).isEqualTo("2.000 regels");
    }

    @Test
    void arguments_that_are_messages_or_values_speak_the_same_language() {
        Message refusal = Message.of("register.step.refused", RegisterStatusForTest.A, Message.of("count.lines", 1));
        assertThat(refusal.text(Locale.ENGLISH)).contains("Wanted").contains("1 line");
        assertThat(refusal.dutch()).contains("Gewenst").contains("1 regel");
    }

    @Test
    void language_tags_are_read_leniently() {
        assertThat(Language.fromTag("en-GB")).contains(Language.EN);
        assertThat(Language.fromTag("nl_NL")).contains(Language.NL);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag(" ")).isEmpty();
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.NL);
    }

    /** Stands in for a labelled enum under a key of the bundle. */
    enum RegisterStatusForTest implements Labelled {
        A;

        @Override
        public String label(Locale locale) {
            return Texts.text("RegisterStatus.GEWENST", locale);
        }
    }
}

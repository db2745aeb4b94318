package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things; anything else falls back to Dutch. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void dutch_and_english_have_the_same_keys() throws Exception {
        assertThat(load("nl").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void dutch_comes_first_and_is_the_fallback() {
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Translations.DUTCH);
        assertThat(translations.getTranslation("action.save", Locale.GERMAN)).isEqualTo("Opslaan");
        assertThat(translations.getTranslation("action.save", Locale.UK)).isEqualTo("Save");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(translations.getTranslation("neighbours.intro", Translations.DUTCH, "Noordkust"))
                .startsWith("Dit zijn de aanpalende regio's van Noordkust.");
    }

    private static Properties load(String language) throws Exception {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}

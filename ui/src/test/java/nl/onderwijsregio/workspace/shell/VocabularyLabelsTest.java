package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import nl.onderwijsregio.workspace.themes.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screens label the shared sectors from one set of translations, in Dutch and in English. */
class VocabularyLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void every_sector_has_exactly_one_label_per_language(String language) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        assertThat(messages.stringPropertyNames())
                .filteredOn(key -> key.startsWith("sector."))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Sector.values())
                        .map(s -> "sector." + s.name())
                        .toList());
        assertThat(messages.stringPropertyNames()).noneMatch(key -> key.startsWith("catalogue.sector."));
    }
}

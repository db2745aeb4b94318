package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.messages.Labelled;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dutch and English say the same things, in every bundle (the screens' {@code messages}, the backend's {@code
 * texts}, the mail templates {@code notifications/mail}); anything else falls back to Dutch.
 */
class TranslationsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages", "/i18n/texts", "/notifications/mail"})
    void dutch_and_english_have_the_same_keys(String bundle) throws Exception {
        Set<String> dutch = load(bundle, "nl").stringPropertyNames();
        Set<String> english = load(bundle, "en").stringPropertyNames();
        assertThat(difference(dutch, english))
                .as("keys only in the Dutch " + bundle)
                .isEmpty();
        assertThat(difference(english, dutch))
                .as("keys only in the English " + bundle)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages", "/i18n/texts", "/notifications/mail"})
    void every_text_is_a_valid_pattern_and_none_is_empty(String bundle) throws Exception {
        for (String language : new String[] {"nl", "en"}) {
            Properties texts = load(bundle, language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThat(pattern).as(key + " in " + bundle + "_" + language).isNotBlank();
                assertThatCode(() -> new MessageFormat(pattern, Locale.of(language)))
                        .as(key + " in " + bundle + "_" + language)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void every_named_value_has_a_text_in_both_languages() {
        for (Class<? extends Labelled> type : java.util.List.of(
                RegisterStatus.class,
                Visibility.class,
                nl.onderwijsregio.workspace.findings.FindingKind.class,
                nl.onderwijsregio.workspace.register.HolderKind.class,
                nl.onderwijsregio.workspace.register.AgreementType.class,
                nl.onderwijsregio.workspace.priorities.PriorityStatus.class,
                nl.onderwijsregio.workspace.analysis.AnalysisStatus.class,
                nl.onderwijsregio.workspace.analysis.EvidenceKind.class,
                nl.onderwijsregio.workspace.catalogue.source.Access.class,
                nl.onderwijsregio.workspace.catalogue.source.Granularity.class)) {
            for (Labelled value : type.getEnumConstants()) {
                assertThat(value.label(Translations.DUTCH)).as(value.toString()).doesNotStartWith("!");
                assertThat(value.label(Translations.ENGLISH))
                        .as(value.toString())
                        .doesNotStartWith("!");
            }
        }
        assertThat(RegisterStatus.GEWENST.label()).isEqualTo("Gewenst");
        assertThat(RegisterStatus.GEWENST.label(Locale.UK)).isEqualTo("Wanted");
    }

    @Test
    void dutch_comes_first_and_is_the_fallback() {
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Translations.DUTCH);
        assertThat(translations.getTranslation("action.save", Locale.GERMAN)).isEqualTo("Opslaan");
        assertThat(translations.getTranslation("action.save", Locale.UK)).isEqualTo("Save");
    }

    @Test
    void the_backends_texts_are_found_through_the_same_provider() {
        assertThat(translations.getTranslation("RegisterStatus.AANGEVRAAGD", Translations.DUTCH))
                .isEqualTo("Aangevraagd");
        assertThat(translations.getTranslation("RegisterStatus.AANGEVRAAGD", Translations.ENGLISH))
                .isEqualTo("Requested");
        assertThat(translations.getTranslation("no.such.key", Translations.DUTCH))
                .isEqualTo("!no.such.key");
    }

    @Test
    void a_refusal_is_explained_in_the_language_asked_for() {
        RegisterRuleException refusal = new RegisterRuleException("register.bestand-leeg");
        assertThat(refusal.getMessage()).isEqualTo("Het bestand is leeg.");
        assertThat(Translations.explain(refusal, Translations.ENGLISH)).isEqualTo("The file is empty.");
        assertThat(Translations.explain(refusal, Translations.DUTCH)).isEqualTo("Het bestand is leeg.");
    }

    @Test
    void dutch_plurals_follow_the_number() {
        assertThat(translations.getTranslation("findings.total", Translations.DUTCH, 1))
                .isEqualTo("1 bevinding");
        assertThat(translations.getTranslation("findings.total", Translations.DUTCH, 4))
                .isEqualTo("4 bevindingen");
        assertThat(translations.getTranslation("findings.comments.count", Translations.DUTCH, 1))
                .isEqualTo("1 reactie");
        assertThat(translations.getTranslation("findings.comments.count", Translations.DUTCH, 2))
                .isEqualTo("2 reacties");
        assertThat(translations.getTranslation("national.lines.count", Translations.DUTCH, 1))
                .isEqualTo("1 regel");
        assertThat(translations.getTranslation("national.lines.count", Translations.DUTCH, 0))
                .isEqualTo("0 regels");
        assertThat(translations.getTranslation("findings.comments.count", Translations.ENGLISH, 1))
                .isEqualTo("1 comment");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(translations.getTranslation("neighbours.intro", Translations.DUTCH, "Noordkust"))
                .startsWith("Dit zijn de aanpalende regio's van Noordkust.");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only;
    }

    private static Properties load(String bundle, String language) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(bundle + "_" + language + ".properties")) {
            assertThat(in).as(bundle + "_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

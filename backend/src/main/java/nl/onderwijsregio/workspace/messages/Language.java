package nl.onderwijsregio.workspace.messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The languages the workspace speaks: Dutch first, English second. */
public enum Language {
    NL(Locale.of("nl")),
    EN(Locale.ENGLISH);

    /** The cookie that keeps a browser session's choice (a visitor's too) and tells Keycloak's login page. */
    public static final String COOKIE = "workspace-language";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The tag as stored and as sent to Keycloak ({@code ui_locales}): {@code nl} or {@code en}. */
    public String tag() {
        return locale.getLanguage();
    }

    /** English for an English locale, Dutch for every other (and for none). */
    public static Language of(@Nullable Locale locale) {
        return locale != null && EN.tag().equals(locale.getLanguage()) ? EN : NL;
    }

    /** The language of a tag such as {@code en}, {@code en-GB} or {@code nl}; empty for anything else. */
    public static Optional<Language> fromTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag().equals(language)).findFirst();
    }
}

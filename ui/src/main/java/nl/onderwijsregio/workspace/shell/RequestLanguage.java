package nl.onderwijsregio.workspace.shell;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a request for Spring (validation messages, exports, the API): the browser session's language
 * (its cookie, which every screen session sets), else {@code Accept-Language} between Dutch and English, else Dutch.
 */
@Component("localeResolver")
class RequestLanguage implements LocaleResolver {

    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    RequestLanguage() {
        header.setSupportedLocales(java.util.List.of(Language.NL.locale(), Language.EN.locale()));
        header.setDefaultLocale(Language.NL.locale());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return cookie(request.getCookies()).map(Language::locale).orElseGet(() -> header.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language is chosen with the language switch");
    }

    static Optional<Language> cookie(Cookie @Nullable [] cookies) {
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> Language.COOKIE.equals(c.getName()))
                        .findFirst()
                        .flatMap(c -> Language.fromTag(c.getValue()));
    }
}

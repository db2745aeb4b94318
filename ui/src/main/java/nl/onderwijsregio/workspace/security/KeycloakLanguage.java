package nl.onderwijsregio.workspace.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.workspace.messages.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Asks Keycloak to show its pages in the workspace's language ({@code ui_locales}): the language chosen in this
 * browser session (the switch's cookie), else the browser's preference between Dutch and English, else Dutch.
 */
final class KeycloakLanguage implements OAuth2AuthorizationRequestResolver {

    static final String BASE_URI = "/oauth2/authorization";

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    KeycloakLanguage(ClientRegistrationRepository registrations) {
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, BASE_URI);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLanguage(resolver.resolve(request), request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return withLanguage(resolver.resolve(request, registrationId), request);
    }

    private static @Nullable OAuth2AuthorizationRequest withLanguage(
            @Nullable OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        String tag = of(request).tag();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", tag))
                .build();
    }

    static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            var chosen = Arrays.stream(cookies)
                    .filter(c -> Language.COOKIE.equals(c.getName()))
                    .findFirst()
                    .flatMap(c -> Language.fromTag(c.getValue()));
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return Language.NL;
        }
        List<Locale> preferred = Collections.list(request.getLocales());
        return preferred.stream()
                .map(l -> Language.fromTag(l.toLanguageTag()))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(Language.NL);
    }
}

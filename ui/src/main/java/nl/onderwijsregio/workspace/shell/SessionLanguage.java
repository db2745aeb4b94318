package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import nl.onderwijsregio.workspace.language.LanguageService;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

/**
 * Which language a session speaks. Signed in: the person's stored choice, else the language chosen on the Keycloak
 * login page (the token's {@code locale} claim), else the visitor's choice of this browser session (a cookie), else
 * the browser's. A visitor: the cookie, else the browser's. Decided once per person and session; a choice in the
 * switch is stored for the person, kept in the cookie (which also tells Keycloak, see {@code KeycloakLanguage}) and
 * reloads the page.
 */
@Component
public class SessionLanguage {

    private static final String COOKIE = Language.COOKIE;

    static final String DECIDED_FOR = SessionLanguage.class.getName() + ".decidedFor";

    private final LanguageService languages;
    private final CurrentUser currentUser;

    SessionLanguage(LanguageService languages, CurrentUser currentUser) {
        this.languages = languages;
        this.currentUser = currentUser;
    }

    /** Sets the session's language when this session has not decided it for the person now signed in. */
    void start(VaadinSession session, @Nullable VaadinRequest request) {
        String who = currentUser.get().map(WorkspaceUser::username).orElse("");
        if (who.equals(session.getAttribute(DECIDED_FOR))) {
            return;
        }
        session.setAttribute(DECIDED_FOR, who);
        Optional<Language> chosen =
                who.isEmpty() ? Optional.empty() : languages.preferred().or(SessionLanguage::fromLoginPage);
        chosen.or(() -> fromCookie(request)).ifPresent(language -> {
            session.setLocale(language.locale());
            // the cookie tells the requests that Spring answers (downloads, validation) the same language
            VaadinResponse response = VaadinResponse.getCurrent();
            if (response != null) {
                response.addCookie(cookie(language, request));
            }
        });
    }

    /** The switch: remembers the choice and shows the page again in the chosen language. */
    public void choose(UI ui, Language language) {
        languages.remember(language);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie(language, VaadinRequest.getCurrent()));
        }
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }

    static Cookie cookie(Language language, @Nullable VaadinRequest request) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        String path = request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        cookie.setPath(path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static Optional<Language> fromLoginPage() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ClaimAccessor claims
                ? Language.fromTag(claims.getClaimAsString("locale"))
                : Optional.empty();
    }

    static Optional<Language> fromCookie(@Nullable VaadinRequest request) {
        return RequestLanguage.cookie(request == null ? null : request.getCookies());
    }
}

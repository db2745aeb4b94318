package nl.onderwijsregio.workspace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the HTTP session of a person whose Keycloak login session ended (an administrator ended it, or the person
 * logged out elsewhere): at most once a second per session it asks whether Keycloak's back-channel logout recorded
 * the session's {@code sid} on any instance ({@link BackChannelLogout}); if so the session is invalidated and the
 * request goes on as anonymous (a page shows the landing page, Vaadin's next request finds its session gone).
 */
class EndedLoginFilter extends OncePerRequestFilter {

    static final String CHECKED_AT = EndedLoginFilter.class.getName() + ".checkedAt";
    static final long INTERVAL_MILLIS = 1000;

    private final EndedLogins ended;
    private final Clock clock;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    EndedLoginFilter(EndedLogins ended, Clock clock) {
        this.ended = ended;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && authentication != null
                && authentication.getPrincipal() instanceof OidcUser user
                && dueForCheck(session)) {
            String sid = user.getIdToken().getClaimAsString("sid");
            if (sid != null && ended.ended(sid)) {
                logout.logout(request, response, authentication);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean dueForCheck(HttpSession session) {
        long now = clock.millis();
        try {
            Object last = session.getAttribute(CHECKED_AT);
            if (last instanceof Long at && now - at < INTERVAL_MILLIS) {
                return false;
            }
            session.setAttribute(CHECKED_AT, now);
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}

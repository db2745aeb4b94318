package nl.onderwijsregio.workspace.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Receives Keycloak's back-channel logout (a signed logout token, checked by Spring Security before this runs) and
 * records the ended login session in the database, so that every instance of the app ends its HTTP sessions of it
 * ({@link EndedLoginFilter}): Keycloak reaches one instance, the person's screens may live on another.
 */
@Component
class BackChannelLogout implements LogoutHandler {

    static final String PATH = "/logout/connect/back-channel/" + WebSecurityConfiguration.REGISTRATION;
    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);

    private final EndedLogins ended;

    BackChannelLogout(EndedLogins ended) {
        this.ended = ended;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token) {
            String sid = token.getSessionId();
            if (sid == null || sid.isBlank()) {
                // Keycloak always sends the session (backchannel.logout.session.required in the realm)
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            ended.end(sid);
            log.info("Keycloak ended a login session: its app sessions end at their next request");
            response.setStatus(HttpServletResponse.SC_OK);
        }
    }
}

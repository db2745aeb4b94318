package nl.onderwijsregio.workspace.security;

import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.stereotype.Component;

/**
 * Login sessions that Keycloak ended (OIDC back-channel logout), shared by every instance of the app through the
 * database: Keycloak tells one instance, and each instance ends its own HTTP sessions of that login session. Nothing
 * here is about a region or a person: a Keycloak session id ({@code sid}) is a random handle.
 */
@Component
public class EndedLogins {

    private final EndedLoginSessions sessions;
    private final Tenancy tenancy;

    EndedLogins(EndedLoginSessions sessions, Tenancy tenancy) {
        this.sessions = sessions;
        this.tenancy = tenancy;
    }

    /** Records that Keycloak ended login session {@code sid} (again is fine). */
    public void end(String sid) {
        tenancy.withoutRegion(() -> sessions.end(sid));
    }

    /** Whether Keycloak ended login session {@code sid}. */
    public boolean ended(String sid) {
        return tenancy.withoutRegion(() -> sessions.ended(sid));
    }
}

package nl.onderwijsregio.workspace.security;

import java.util.Optional;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

/** The person the current request works for, from the web login (OIDC) or the API token (JWT) alike. */
@Component
public class CurrentUser {

    public Optional<WorkspaceUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ClaimAccessor claims) {
            return Optional.of(WorkspaceUser.fromClaims(claims));
        }
        return Optional.empty();
    }

    public WorkspaceUser require() {
        return get().orElseThrow(() -> new InsufficientAuthenticationException("Niet ingelogd."));
    }

    /** How the current person appears in activity and audit logs. */
    public String actorName() {
        return get().map(WorkspaceUser::displayName).orElse("systeem");
    }
}

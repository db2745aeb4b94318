package nl.onderwijsregio.workspace.security;

import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The person the current request works for, from the web login (OIDC) or the API token (JWT) alike. */
@Component
public class CurrentUser {

    public Optional<WorkspaceUser> get() {
        return claimsOf(SecurityContextHolder.getContext().getAuthentication())
                .or(() -> claimsOf(requestPrincipal()))
                .map(WorkspaceUser::fromClaims);
    }

    private static Optional<ClaimAccessor> claimsOf(@Nullable Object candidate) {
        if (candidate instanceof Authentication authentication
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ClaimAccessor claims) {
            return Optional.of(claims);
        }
        return Optional.empty();
    }

    /**
     * The authentication of the current web request as the security filters recorded it. Normally the same as the
     * holder's; it differs only where several application contexts in one JVM each installed their own holder
     * strategy (as in a test run), and then the request is the one to trust.
     */
    private static @Nullable Object requestPrincipal() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getUserPrincipal()
                : null;
    }

    public WorkspaceUser require() {
        return get().orElseThrow(() -> new InsufficientAuthenticationException(Texts.dutch("problem.title.401")));
    }

    /** How the current person appears in activity and audit logs. */
    public String actorName() {
        return get().map(WorkspaceUser::displayName).orElse("systeem");
    }
}

package nl.onderwijsregio.workspace.notifications;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Runs the job's work as the recipient: with their name, their role and the one region, as a token of theirs would
 * say, so the same services (with their role checks) and the same row-level security decide what the mail may say.
 */
final class AsRecipient {

    private AsRecipient() {}

    static <T> T call(Recipient recipient, String regionId, Supplier<T> work) {
        Role role = recipient.lead() ? Role.REGIO_LEAD : Role.REGIO_MEMBER;
        Map<String, Object> claims = Map.of(
                "preferred_username", recipient.username(),
                "name", recipient.username(),
                "email", recipient.email(),
                "roles", List.of(role.claim()),
                "regions", List.of(regionId));
        ClaimAccessor principal = () -> claims;
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role.authority())));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

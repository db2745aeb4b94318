package nl.onderwijsregio.workspace.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Runs test code as a signed-in person with the claims the real realm issues (roles, regions), and optionally for
 * an active region, exactly as the web layer would set them up.
 */
public record AsUser(String username, List<Role> roles, List<String> regions) {

    public static AsUser lead(String region) {
        return new AsUser("lead." + region, List.of(Role.REGIO_LEAD), List.of(region));
    }

    public static AsUser member(String region) {
        return new AsUser("member." + region, List.of(Role.REGIO_MEMBER), List.of(region));
    }

    public static AsUser withRole(Role role) {
        return new AsUser(role.claim(), List.of(role), List.of());
    }

    /**
     * Runs {@code work} as this person; with a {@code region}, bound through the tenancy seam as the API binds it,
     * without one, nothing is bound (the work then acts for no region, or for the browser tab it serves).
     */
    public <T> T call(String region, Supplier<T> work) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", "Test " + username);
        claims.put("roles", roles.stream().map(Role::claim).toList());
        if (!regions.isEmpty()) {
            claims.put("regions", regions);
        }
        ClaimAccessor principal = () -> claims;
        var authentication = new TestingAuthenticationToken(
                principal, null, roles.stream().map(Role::authority).toArray(String[]::new));
        authentication.setAuthenticated(true);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            if (region == null) {
                return work.get();
            }
            try (Tenancy.Binding ignored = Tenancy.bind(region)) {
                return work.get();
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String region, Runnable work) {
        call(region, () -> {
            work.run();
            return null;
        });
    }
}

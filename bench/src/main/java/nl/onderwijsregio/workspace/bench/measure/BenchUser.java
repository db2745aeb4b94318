package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** Runs work as a region's lead with the claims the realm issues, the region active, as the web layer would. */
final class BenchUser {

    private BenchUser() {
    }

    static <T> T leadOf(String region, String name, Supplier<T> work) {
        Map<String, Object> claims = Map.of("preferred_username", name, "name", name,
                "roles", List.of(Role.REGIO_LEAD.claim()), "regions", List.of(region));
        ClaimAccessor principal = () -> claims;
        var authentication = new TestingAuthenticationToken(principal, null, Role.REGIO_LEAD.authority());
        authentication.setAuthenticated(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try (ActiveRegion.Scope ignored = ActiveRegion.enter(region)) {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** Runs work as a region's lead with the claims the realm issues, the region active, as the web layer would. */
final class BenchUser {

    private BenchUser() {}

    static <T> T leadOf(String region, String name, Supplier<T> work) {
        return as(Role.REGIO_LEAD, region, name, work);
    }

    /** Runs work as someone of the Realisatie-Eenheid: role national, no region, none active. */
    static <T> T national(String name, Supplier<T> work) {
        return as(Role.NATIONAL, null, name, work);
    }

    private static <T> T as(Role role, @Nullable String region, String name, Supplier<T> work) {
        Map<String, Object> claims = Map.of(
                "preferred_username",
                name,
                "name",
                name,
                "roles",
                List.of(role.claim()),
                "regions",
                region == null ? List.of() : List.of(region));
        ClaimAccessor principal = () -> claims;
        var authentication = new TestingAuthenticationToken(principal, null, role.authority());
        authentication.setAuthenticated(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            if (region == null) {
                return work.get();
            }
            try (Tenancy.Binding ignored = Tenancy.bind(region)) {
                return work.get();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package nl.onderwijsregio.workspace.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * The signed-in person as the workspace knows them, taken from the token of the identity provider.
 *
 * @param username    the login name ({@code preferred_username})
 * @param displayName full name for screens and logs
 * @param email       e-mail address, if known
 * @param roles       realm roles of the workspace
 * @param regions     ids of the regions the person is a member of
 */
public record WorkspaceUser(
        String username, String displayName, @Nullable String email, Set<Role> roles, Set<String> regions) {

    public WorkspaceUser {
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean memberOf(String regionId) {
        return regions.contains(regionId);
    }

    /** Whether the person works for regions at all (lead or member of at least one). */
    public boolean worksForRegions() {
        return !regions.isEmpty() && (has(Role.REGIO_LEAD) || has(Role.REGIO_MEMBER));
    }

    /** Reads the claims the realm puts in every token: {@code preferred_username, name, email, roles, regions}. */
    public static WorkspaceUser fromClaims(ClaimAccessor claims) {
        String username = Optional.ofNullable(claims.getClaimAsString("preferred_username"))
                .orElseGet(() -> claims.getClaimAsString("sub"));
        String name = Optional.ofNullable(claims.getClaimAsString("name"))
                .filter(n -> !n.isBlank())
                .orElse(username);
        Set<Role> roles = strings(claims, "roles").stream()
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new WorkspaceUser(
                username, name, claims.getClaimAsString("email"), roles, Set.copyOf(strings(claims, "regions")));
    }

    private static List<String> strings(ClaimAccessor claims, String name) {
        Object value = claims.getClaims().get(name);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}

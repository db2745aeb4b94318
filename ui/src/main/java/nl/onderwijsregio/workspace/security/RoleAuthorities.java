package nl.onderwijsregio.workspace.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;

/** Turns the {@code roles} claim of the web login into {@code ROLE_<role>} authorities, as for API tokens. */
@Component
class RoleAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                WorkspaceUser user = WorkspaceUser.fromClaims(() -> merged(oidc));
                user.roles().forEach(role -> mapped.add(new SimpleGrantedAuthority(role.authority())));
            }
        }
        return mapped;
    }

    private static java.util.Map<String, Object> merged(OidcUserAuthority oidc) {
        java.util.Map<String, Object> claims =
                new java.util.HashMap<>(oidc.getIdToken().getClaims());
        if (oidc.getUserInfo() != null) {
            claims.putAll(oidc.getUserInfo().getClaims());
        }
        return claims;
    }
}

package nl.onderwijsregio.workspace.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the workspace, as they appear in the token's {@code roles} claim. Annotations name them through
 * {@link Claim} ({@code @RolesAllowed(Role.Claim.NATIONAL)}, {@code @PreAuthorize("hasRole('" + Role.Claim.NATIONAL
 * + "')")}), so the role names live here only.
 */
public enum Role {
    REGIO_LEAD(Claim.REGIO_LEAD),
    REGIO_MEMBER(Claim.REGIO_MEMBER),
    NATIONAL(Claim.NATIONAL),
    CATALOGUE_ADMIN(Claim.CATALOGUE_ADMIN),
    PLATFORM_ADMIN(Claim.PLATFORM_ADMIN);

    /** What Spring Security puts before a role's name in its authority. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role's name in the token and in {@code hasRole(...)} expressions. */
    public String claim() {
        return claim;
    }

    /** The Spring Security authority: {@code ROLE_<claim>}. */
    public String authority() {
        return AUTHORITY_PREFIX + claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(value)).findFirst();
    }

    /** The roles' names as constants, for annotations (which cannot call {@link #claim()}). */
    public static final class Claim {

        public static final String REGIO_LEAD = "regio-lead";
        public static final String REGIO_MEMBER = "regio-member";
        public static final String NATIONAL = "national";
        public static final String CATALOGUE_ADMIN = "catalogue-admin";
        public static final String PLATFORM_ADMIN = "platform-admin";

        private Claim() {}
    }
}

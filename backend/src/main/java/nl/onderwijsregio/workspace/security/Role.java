package nl.onderwijsregio.workspace.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the workspace, as they appear in the token's {@code roles} claim. */
public enum Role {
    REGIO_LEAD("regio-lead"),
    REGIO_MEMBER("regio-member"),
    NATIONAL("national"),
    CATALOGUE_ADMIN("catalogue-admin"),
    PLATFORM_ADMIN("platform-admin");

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
        return "ROLE_" + claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(value)).findFirst();
    }
}

package nl.onderwijsregio.workspace.team;

import nl.onderwijsregio.workspace.security.Role;

/** A person's role in a region's team: the realm role Keycloak gives them (it holds for every region they are in). */
public enum TeamRole {
    LEAD(Role.REGIO_LEAD),
    MEMBER(Role.REGIO_MEMBER);

    private final Role role;

    TeamRole(Role role) {
        this.role = role;
    }

    /** The realm role in the token. */
    public Role role() {
        return role;
    }

    /** The other of the two. */
    TeamRole other() {
        return this == LEAD ? MEMBER : LEAD;
    }
}

package nl.onderwijsregio.workspace.team;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person as the identity provider knows them.
 *
 * @param id       the provider's id
 * @param username login name
 * @param name     first and last name (the username when neither is known)
 * @param email    e-mail address, if any
 * @param roles    the region roles they have (lead, member; usually one)
 * @param regions  the regions whose group they are in
 */
public record DirectoryPerson(
        String id, String username, String name, @Nullable String email, Set<TeamRole> roles, Set<String> regions) {

    public DirectoryPerson {
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
    }

    /** Lead when they have the lead role, else member. */
    public TeamRole role() {
        return roles.contains(TeamRole.LEAD) ? TeamRole.LEAD : TeamRole.MEMBER;
    }
}

package nl.onderwijsregio.workspace.team;

import java.util.List;
import java.util.Optional;

/**
 * Region membership where it lives: the identity provider's region groups ({@code regio's/<region>}) and the realm
 * roles lead and member. The only implementation talks to Keycloak's Admin REST API ({@link KeycloakTeamDirectory});
 * it checks nothing itself: {@link TeamService} decides who may change whom.
 */
public interface TeamDirectory {

    /** The people in the region's group. */
    List<DirectoryPerson> members(String regionId);

    /** The person with this e-mail address the directory lets us see (someone in a region group), if any. */
    Optional<DirectoryPerson> findByEmail(String email);

    /** Creates a person (login name = e-mail address) in the region's group; returns them. */
    DirectoryPerson create(String regionId, String email, String firstName, String lastName);

    /** Puts an existing person in the region's group. */
    void addToRegion(String personId, String regionId);

    /** Takes a person out of the region's group (their account and other regions stay). */
    void removeFromRegion(String personId, String regionId);

    /** Gives the person exactly this region role (the other one removed). */
    void setRole(String personId, TeamRole role);

    /** Sends the identity provider's own mail: set a password and confirm the address, through a link. */
    void sendInvitation(String personId);

    /**
     * The person is about to leave their last region: takes the region roles away and keeps them in the former
     * members' group, where this directory still finds them to invite them again (call before the last
     * {@link #removeFromRegion}; {@link #addToRegion} takes them out of that group again).
     */
    void retire(String personId);

    /** Deletes an account this workspace has just created (its invitation could not be sent). */
    void delete(String personId);
}

package nl.onderwijsregio.workspace.team;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.messages.ExplainedAccessDenied;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The region's team. Who may do what: the lead manages the team of the active region (their own), members read it,
 * the platform administrator reads and manages every region's (naming the region); nobody else anything. Changes go
 * to Keycloak first ({@link TeamDirectory}), then into {@code team_member} (audited, so in the Logboek).
 */
@Service
public class TeamService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Duration ACTIVITY_EVERY = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(TeamService.class);
    private static final Object[] INVITING = new Object[64];

    static {
        for (int i = 0; i < INVITING.length; i++) {
            INVITING[i] = new Object();
        }
    }

    private final TeamDirectory directory;
    private final TeamMembers members;
    private final Tenancy tenancy;
    private final CurrentUser currentUser;
    private final RegionAccess regionAccess;

    TeamService(
            TeamDirectory directory,
            TeamMembers members,
            Tenancy tenancy,
            CurrentUser currentUser,
            RegionAccess regionAccess) {
        this.directory = directory;
        this.members = members;
        this.tenancy = tenancy;
        this.currentUser = currentUser;
        this.regionAccess = regionAccess;
    }

    /**
     * The team of {@code regionId} (null: the active region), current members first, then former ones, brought up to
     * date with Keycloak. Members and the lead read their own region's, the platform administrator any region's.
     */
    public List<TeamMember> team(@Nullable String regionId) {
        String region = readable(regionId);
        List<DirectoryPerson> people = directory.members(region);
        return tenancy.inRegion(region, () -> {
            sync(region, people);
            return members.all();
        });
    }

    /** Whether the current person may change the team of {@code regionId} (null: the active region). */
    public boolean mayManage(@Nullable String regionId) {
        try {
            manageable(regionId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Invites someone by e-mail address with a role: a new person gets an account and Keycloak's mail to set a
     * password and confirm the address; someone who already has an account in another region is added to this one.
     */
    public TeamMember invite(@Nullable String regionId, Invitation invitation) {
        String region = manageable(regionId);
        String email = invitation.email().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new TeamRuleException("team.error.email");
        }
        if (invitation.firstName().isBlank() || invitation.lastName().isBlank()) {
            throw new TeamRuleException("team.error.name");
        }
        // one invitation per address at a time (in this instance; across instances Keycloak's unique address and
        // the second look below keep it to one account)
        DirectoryPerson person;
        synchronized (INVITING[Math.floorMod(email.toLowerCase(Locale.ROOT).hashCode(), INVITING.length)]) {
            person = directory
                    .findByEmail(email)
                    .map(existing -> addExisting(region, existing, invitation.role()))
                    .orElseGet(() -> createAndInvite(region, email, invitation));
        }
        String actor = currentUser.require().username();
        return tenancy.inRegion(region, () -> {
            members.keep(region, person, invitation.role(), actor);
            return members.find(person.username()).orElseThrow();
        });
    }

    /** Gives a current member the other role. The role holds in every region, so only for people of this region only. */
    public void changeRole(@Nullable String regionId, String username, TeamRole role) {
        String region = manageable(regionId);
        DirectoryPerson person = currentMember(region, username);
        if (person.role() == role && person.roles().size() == 1) {
            return;
        }
        notSelf(username);
        if (!Set.of(region).containsAll(person.regions())) {
            throw new TeamRuleException("team.error.other-region");
        }
        directory.setRole(person.id(), role);
        String actor = currentUser.require().username();
        tenancy.inRegion(region, () -> members.keep(region, person, role, actor));
    }

    /** Removes a current member from the region; what they wrote stays, under their name, as a former member. */
    public void remove(@Nullable String regionId, String username) {
        String region = manageable(regionId);
        DirectoryPerson person = currentMember(region, username);
        notSelf(username);
        if (Set.of(region).containsAll(person.regions())) {
            directory.retire(person.id()); // their last region: the region roles go, the account stays findable
        }
        directory.removeFromRegion(person.id(), region);
        String actor = currentUser.require().username();
        tenancy.inRegion(region, () -> {
            members.keep(region, person, person.role(), actor); // a member the workspace had not seen yet
            members.markRemoved(username, actor);
        });
    }

    /**
     * The current person works for the active region now: their last activity (at most one write per five minutes),
     * and their place in the team if it was made outside the workspace. Returns false, recording nothing, when the
     * person is no lead or member of the active region (or no region is active).
     */
    public boolean recordActivity() {
        if (!regionAccess.member()) {
            return false;
        }
        WorkspaceUser user = currentUser.require();
        String region = ActiveRegion.require();
        TeamRole role = user.has(Role.REGIO_LEAD) ? TeamRole.LEAD : TeamRole.MEMBER;
        tenancy.inRegion(region, () -> {
            members.keepIfAbsent(region, user.username(), user.displayName(), user.email(), role);
            members.touch(region, user.username(), ACTIVITY_EVERY);
        });
        return true;
    }

    /**
     * A new account in the region with the role, and Keycloak's invitation mail. When the mail cannot be sent the
     * account is deleted again (nothing is recorded) and the lead is told; when the address turns out to have an
     * account after all (a parallel invitation made it a moment ago), that one is added.
     */
    private DirectoryPerson createAndInvite(String region, String email, Invitation invitation) {
        DirectoryPerson created;
        try {
            created = directory.create(
                    region,
                    email.toLowerCase(Locale.ROOT),
                    invitation.firstName().strip(),
                    invitation.lastName().strip());
        } catch (AccountExists exists) {
            return directory
                    .findByEmail(email)
                    .map(existing -> addExisting(region, existing, invitation.role()))
                    .orElseThrow(() -> exists);
        }
        try {
            directory.setRole(created.id(), invitation.role());
            directory.sendInvitation(created.id());
        } catch (TeamRuleException failed) {
            try {
                directory.delete(created.id());
            } catch (TeamRuleException notDeleted) {
                LOG.warn("Could not delete the account {} after its invitation failed", created.username());
                directory.retire(created.id());
                directory.removeFromRegion(created.id(), region);
            }
            throw invitationFailed(failed);
        }
        return created;
    }

    private static TeamRuleException invitationFailed(TeamRuleException cause) {
        TeamRuleException e = new TeamRuleException("team.error.invitation-mail");
        e.initCause(cause);
        return e;
    }

    private DirectoryPerson addExisting(String region, DirectoryPerson existing, TeamRole role) {
        if (existing.regions().contains(region)) {
            throw new TeamRuleException("team.error.already");
        }
        if (!existing.roles().isEmpty() && !existing.regions().isEmpty() && existing.role() != role) {
            throw new TeamRuleException("team.error.role-elsewhere");
        }
        boolean former = existing.regions().isEmpty(); // removed from every region before: back from retirement
        directory.addToRegion(existing.id(), region);
        if (existing.role() != role || existing.roles().isEmpty()) {
            directory.setRole(existing.id(), role);
        }
        if (former) {
            try {
                directory.sendInvitation(existing.id());
            } catch (TeamRuleException failed) {
                directory.retire(existing.id());
                directory.removeFromRegion(existing.id(), region);
                throw invitationFailed(failed);
            }
        }
        Set<String> regions = new HashSet<>(existing.regions());
        regions.add(region);
        return new DirectoryPerson(
                existing.id(), existing.username(), existing.name(), existing.email(), Set.of(role), regions);
    }

    private void sync(String region, List<DirectoryPerson> people) {
        Set<String> present = new HashSet<>();
        for (DirectoryPerson person : people) {
            present.add(person.username());
            members.keep(region, person, person.role(), "keycloak");
        }
        members.all().stream()
                .filter(TeamMember::current)
                .filter(m -> !present.contains(m.username()))
                .forEach(m -> members.markRemoved(m.username(), "keycloak"));
    }

    private DirectoryPerson currentMember(String region, String username) {
        return directory.members(region).stream()
                .filter(p -> p.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new TeamRuleException("team.error.not-member"));
    }

    private void notSelf(String username) {
        if (currentUser.require().username().equals(username)) {
            throw new TeamRuleException("team.error.self");
        }
    }

    /** The region the current person may read the team of. */
    private String readable(@Nullable String regionId) {
        WorkspaceUser user = currentUser.require();
        if (regionId != null) {
            if (!user.has(Role.PLATFORM_ADMIN)) {
                throw new ExplainedAccessDenied("team.error.platform-only-choose");
            }
            return regionId;
        }
        regionAccess.requireMember();
        return ActiveRegion.require();
    }

    /** The region the current person may change the team of: the lead's active region, any for the platform admin. */
    private String manageable(@Nullable String regionId) {
        WorkspaceUser user = currentUser.require();
        if (regionId != null) {
            if (!user.has(Role.PLATFORM_ADMIN)) {
                throw new ExplainedAccessDenied("team.error.platform-only-other");
            }
            return regionId;
        }
        if (!regionAccess.lead()) {
            throw new ExplainedAccessDenied("team.error.lead-only");
        }
        return ActiveRegion.require();
    }

    /**
     * Whom to invite.
     *
     * @param email     their e-mail address (also their login name when they are new)
     * @param firstName first name
     * @param lastName  last name
     * @param role      lead or member
     */
    public record Invitation(String email, String firstName, String lastName, TeamRole role) {}
}

package nl.onderwijsregio.workspace.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.audit.AuditFilter;
import nl.onderwijsregio.workspace.audit.AuditService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.InMemoryDirectory;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may manage whom: the lead only the team of their own (active) region, members never, the platform
 * administrator every region. Against an in-memory directory of region groups and roles; the real Keycloak and its
 * least-privilege service account are exercised by the keycloak module's realm test and the team journey.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class TeamServiceTest extends DatabaseTest {

    @Autowired
    RegionAdministration administration;

    @Autowired
    TeamMembers members;

    @Autowired
    Tenancy tenancy;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    RegionAccess regionAccess;

    @Autowired
    AuditService audit;

    InMemoryDirectory directory;
    TeamService team;
    String a;
    String b;

    @BeforeEach
    void regions() {
        a = TestRegions.id("team-a");
        b = TestRegions.id("team-b");
        TestRegions.create(administration, a, b);
        directory = new InMemoryDirectory();
        directory.add("lead." + a, "lead." + a + "@example.org", TeamRole.LEAD, a);
        directory.add("member." + a, "member." + a + "@example.org", TeamRole.MEMBER, a);
        directory.add("lead." + b, "lead." + b + "@example.org", TeamRole.LEAD, b);
        team = new TeamService(directory, members, tenancy, currentUser, regionAccess);
    }

    @Test
    void the_lead_invites_into_their_own_region_with_keycloaks_invitation_and_the_change_is_in_the_logbook() {
        String email = "nieuw." + a + "@example.org";
        TeamMember added = AsUser.lead(a)
                .call(
                        a,
                        () -> team.invite(
                                null, new TeamService.Invitation(email, "Nieuwe", "Collega", TeamRole.MEMBER)));

        assertThat(added.role()).isEqualTo(TeamRole.MEMBER);
        assertThat(directory.invitationsSent).containsExactly(email);
        assertThat(directory.byUsername(email).orElseThrow().regions()).containsExactly(a);
        assertThat(AsUser.member(a).call(a, () -> team.team(null)))
                .extracting(TeamMember::username)
                .contains(email, "lead." + a, "member." + a)
                .doesNotContain("lead." + b);
        assertThat(AsUser.lead(a)
                        .call(a, () -> audit.regionPage(new AuditFilter(null, "team_member", null, null, null), 0, 50)))
                .anySatisfy(e -> assertThat(e.newValues()).contains(email));
    }

    @Test
    void working_for_the_region_shows_as_last_active_and_nothing_is_recorded_for_a_region_one_is_not_in() {
        assertThat(AsUser.lead(a).call(b, () -> team.recordActivity()))
                .as("a tab on another region")
                .isFalse();
        assertThat(AsUser.lead(a).call(a, () -> team.recordActivity())).isTrue();

        assertThat(AsUser.lead(a).call(a, () -> team.team(null)))
                .filteredOn(m -> m.username().equals("lead." + a))
                .singleElement()
                .satisfies(m -> assertThat(m.lastActive()).isNotNull());
        assertThat(AsUser.lead(b).call(b, () -> team.team(null)))
                .extracting(TeamMember::username)
                .doesNotContain("lead." + a);
    }

    @Test
    void a_lead_never_manages_another_regions_team() {
        String email = "ander." + a + "@example.org";
        var invitation = new TeamService.Invitation(email, "Andere", "Regio", TeamRole.MEMBER);
        assertThatThrownBy(() -> AsUser.lead(a).call(a, () -> team.invite(b, invitation)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.lead(a).call(b, () -> team.invite(null, invitation)))
                .as("a tab on a region they are not a member of")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.lead(a).run(a, () -> team.remove(b, "lead." + b)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.lead(a).run(a, () -> team.team(b))).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.members(b)).extracting(DirectoryPerson::username).containsExactly("lead." + b);
        assertThat(directory.invitationsSent).isEmpty();
    }

    @Test
    void members_read_the_team_but_never_change_it() {
        AsUser member = AsUser.member(a);
        assertThat(member.call(a, () -> team.team(null)))
                .extracting(TeamMember::username)
                .contains("lead." + a);
        assertThat(member.call(a, () -> team.mayManage(null))).isFalse();
        var invitation = new TeamService.Invitation("x." + a + "@example.org", "X", "Y", TeamRole.MEMBER);
        assertThatThrownBy(() -> member.call(a, () -> team.invite(null, invitation)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> member.run(a, () -> team.changeRole(null, "lead." + a, TeamRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> member.run(a, () -> team.remove(null, "lead." + a)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.members(a)).hasSize(2);
    }

    @Test
    void the_platform_administrator_manages_every_region() {
        AsUser admin = AsUser.withRole(Role.PLATFORM_ADMIN);
        assertThat(admin.call(null, () -> team.mayManage(b))).isTrue();
        admin.run(null, () -> team.changeRole(b, "lead." + b, TeamRole.MEMBER));
        assertThat(directory.byUsername("lead." + b).orElseThrow().role()).isEqualTo(TeamRole.MEMBER);
        admin.run(null, () -> team.remove(a, "member." + a));
        assertThat(directory.members(a)).extracting(DirectoryPerson::username).containsExactly("lead." + a);
        assertThat(admin.call(null, () -> team.team(a)))
                .filteredOn(m -> m.username().equals("member." + a))
                .singleElement()
                .satisfies(m ->
                        assertThat(m.current()).as("kept as a former member").isFalse());
        assertThat(AsUser.withRole(Role.NATIONAL).call(null, () -> team.mayManage(a)))
                .isFalse();
    }

    @Test
    void a_role_that_holds_in_another_region_too_is_left_to_the_platform_administrator() {
        directory.add("both." + a, "both." + a + "@example.org", TeamRole.MEMBER, a, b);
        assertThatThrownBy(() -> AsUser.lead(a).run(a, () -> team.changeRole(null, "both." + a, TeamRole.LEAD)))
                .isInstanceOf(TeamRuleException.class)
                .extracting(e -> ((TeamRuleException) e).key())
                .isEqualTo("team.error.other-region");
        assertThatThrownBy(() -> AsUser.lead(a).run(a, () -> team.remove(null, "lead." + a)))
                .as("not yourself")
                .isInstanceOf(TeamRuleException.class);
        var bad = new TeamService.Invitation("geen-adres", "A", "B", TeamRole.MEMBER);
        assertThatThrownBy(() -> AsUser.lead(a).call(a, () -> team.invite(null, bad)))
                .isInstanceOf(TeamRuleException.class)
                .extracting(e -> ((TeamRuleException) e).key())
                .isEqualTo("team.error.email");
        assertThat(directory.byUsername("both." + a).orElseThrow().role()).isEqualTo(TeamRole.MEMBER);
    }

    @Test
    void someone_of_another_region_is_added_to_this_one_without_a_new_account() {
        String email = "lead." + b + "@example.org";
        var invitation = new TeamService.Invitation(email, "Lead", "B", TeamRole.LEAD);
        AsUser.lead(a).call(a, () -> team.invite(null, invitation));
        assertThat(directory.byUsername("lead." + b).orElseThrow().regions()).containsExactlyInAnyOrder(a, b);
        assertThat(directory.invitationsSent).isEmpty();
        assertThatThrownBy(() -> AsUser.lead(a).call(a, () -> team.invite(null, invitation)))
                .isInstanceOf(TeamRuleException.class)
                .extracting(e -> ((TeamRuleException) e).key())
                .isEqualTo("team.error.already");
    }
}

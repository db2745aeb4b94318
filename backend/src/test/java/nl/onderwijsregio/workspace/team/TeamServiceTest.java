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

    @Test
    void a_removed_person_loses_the_region_role_and_the_lead_can_invite_them_again() {
        String email = "member." + a + "@example.org";
        String id = directory.byUsername("member." + a).orElseThrow().id();
        AsUser.lead(a).run(a, () -> team.remove(null, "member." + a));
        assertThat(directory.byUsername("member." + a).orElseThrow().roles())
                .as("no region left: no region role left")
                .isEmpty();

        TeamMember back = AsUser.lead(a)
                .call(a, () -> team.invite(null, new TeamService.Invitation(email, "Weer", "Terug", TeamRole.MEMBER)));
        assertThat(back.current()).isTrue();
        DirectoryPerson again = directory.byUsername("member." + a).orElseThrow();
        assertThat(again.id()).as("the same account").isEqualTo(id);
        assertThat(again.regions()).containsExactly(a);
        assertThat(again.roles()).containsExactly(TeamRole.MEMBER);
        assertThat(directory.invitationsSent).containsExactly(email);
    }

    @Test
    void someone_who_also_works_for_another_region_keeps_their_role_when_removed_from_this_one() {
        String email = "lead." + b + "@example.org";
        AsUser.lead(a).run(a, () -> team.invite(null, new TeamService.Invitation(email, "L", "B", TeamRole.LEAD)));
        AsUser.lead(a).run(a, () -> team.remove(null, "lead." + b));
        DirectoryPerson person = directory.byUsername("lead." + b).orElseThrow();
        assertThat(person.regions()).containsExactly(b);
        assertThat(person.roles()).containsExactly(TeamRole.LEAD);
    }

    @Test
    void when_the_invitation_mail_fails_the_new_account_is_deleted_and_nothing_is_recorded() {
        String email = "geen-mail." + a + "@example.org";
        directory.mailDown = true;
        assertThatThrownBy(() -> AsUser.lead(a)
                        .call(
                                a,
                                () -> team.invite(
                                        null, new TeamService.Invitation(email, "Geen", "Mail", TeamRole.MEMBER))))
                .isInstanceOf(TeamRuleException.class)
                .extracting(e -> ((TeamRuleException) e).key())
                .isEqualTo("team.error.invitation-mail");
        assertThat(directory.byUsername(email))
                .as("the account made for it is gone")
                .isEmpty();
        assertThat(AsUser.lead(a).call(a, () -> team.team(null)))
                .extracting(TeamMember::username)
                .doesNotContain(email);

        // a former member invited again: the membership is taken back, the account stays
        AsUser.lead(a).run(a, () -> team.remove(null, "member." + a));
        assertThatThrownBy(() -> AsUser.lead(a)
                        .call(
                                a,
                                () -> team.invite(
                                        null,
                                        new TeamService.Invitation(
                                                "member." + a + "@example.org", "M", "A", TeamRole.MEMBER))))
                .extracting(e -> ((TeamRuleException) e).key())
                .isEqualTo("team.error.invitation-mail");
        DirectoryPerson kept = directory.byUsername("member." + a).orElseThrow();
        assertThat(kept.regions()).isEmpty();
        assertThat(kept.roles()).isEmpty();
        directory.mailDown = false;
        assertThat(AsUser.lead(a).call(a, () -> team.team(null)))
                .filteredOn(m -> m.username().equals("member." + a))
                .singleElement()
                .satisfies(m -> assertThat(m.current()).isFalse());
    }

    @Test
    void many_parallel_invitations_make_one_account_per_address_and_answer_invited_or_already_a_member()
            throws Exception {
        String same = "tegelijk." + a + "@example.org";
        int threads = 8;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads * 2);
        java.util.List<java.util.concurrent.CompletableFuture<String>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < threads * 2; i++) {
            String email = i < threads ? same : "ander" + i + "." + a + "@example.org";
            answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                    AsUser.lead(a)
                            .call(
                                    a,
                                    () -> team.invite(
                                            null,
                                            new TeamService.Invitation(
                                                    email, "Tegelijk", "Uitgenodigd", TeamRole.MEMBER)));
                    return "invited";
                } catch (TeamRuleException e) {
                    return e.key();
                } catch (Exception e) {
                    return e.toString();
                }
            }));
        }
        java.util.List<String> results = new java.util.ArrayList<>();
        for (var answer : answers) {
            results.add(answer.get());
        }
        assertThat(results.subList(0, threads)).containsOnly("invited", "team.error.already");
        assertThat(results.subList(0, threads)).filteredOn("invited"::equals).hasSize(1);
        assertThat(results.subList(threads, threads * 2)).containsOnly("invited");
        assertThat(directory.members(a)).filteredOn(p -> same.equals(p.email())).hasSize(1);
        assertThat(AsUser.lead(a).call(a, () -> team.team(null)))
                .extracting(TeamMember::username)
                .filteredOn(same::equals)
                .hasSize(1);
    }
}

package nl.onderwijsregio.workspace.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.findings.ui.FindingView;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.team.TeamDirectory;
import nl.onderwijsregio.workspace.team.TeamMember;
import nl.onderwijsregio.workspace.team.TeamRole;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.InMemoryDirectory;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The Team screen: the lead sees the team and invites; a member reads only; the Logboek role rules hold. */
class TeamViewTest extends BrowserlessUiTest {

    static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();

    @TestConfiguration
    static class Directory {
        @Bean
        @Primary
        TeamDirectory inMemoryDirectory() {
            return DIRECTORY;
        }
    }

    @Autowired
    RegionAdministration administration;

    @Autowired
    FindingService findings;

    @Autowired
    TeamService team;

    @Test
    void the_lead_sees_the_team_and_invites_a_colleague_who_then_appears_in_it() {
        String region = TestRegions.id("team-ui");
        TestRegions.create(administration, region);
        DIRECTORY.add("lead." + region, "lead@example.org", TeamRole.LEAD, region);
        DIRECTORY.add("member." + region, "lid@example.org", TeamRole.MEMBER, region);
        inTab(AsUser.lead(region), region, () -> {
            navigate(TeamView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Team");
            assertThat(names()).contains("Naam lead." + region, "Naam member." + region);
            assertThat(find(Div.class).id("team-invite").isVisible()).isTrue();

            String email = "nieuw." + region + "@example.org";
            test(find(EmailField.class).id("invite-email")).setValue(email);
            test(find(TextField.class).id("invite-first-name")).setValue("Nieuwe");
            test(find(TextField.class).id("invite-last-name")).setValue("Collega");
            test(find(Button.class).id("invite-send")).click();

            assertThat(names()).contains("Nieuwe Collega");
            assertThat(DIRECTORY.invitationsSent).contains(email);
            EmailField emptied = find(EmailField.class).id("invite-email");
            assertThat(emptied.getValue()).as("emptied for the next invitation").isEmpty();
            assertThat(emptied.isInvalid())
                    .as("an emptied form after a success is not wrong")
                    .isFalse();

            test(find(EmailField.class).id("invite-email")).setValue("geen-adres");
            test(find(TextField.class).id("invite-first-name")).setValue("A");
            test(find(TextField.class).id("invite-last-name")).setValue("B");
            test(find(Button.class).id("invite-send")).click();
            EmailField field = find(EmailField.class).id("invite-email");
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("Vul een geldig e-mailadres in.");
        });
    }

    @Test
    void a_member_reads_the_team_without_the_invitation_or_the_buttons() {
        String region = TestRegions.id("team-lid");
        TestRegions.create(administration, region);
        DIRECTORY.add("lead." + region, "lead2@example.org", TeamRole.LEAD, region);
        inTab(AsUser.member(region), region, () -> {
            navigate(TeamView.class);
            assertThat(names()).contains("Naam lead." + region);
            assertThat(find(EmailField.class).all()).as("no invitation form").isEmpty();
            @SuppressWarnings("unchecked")
            Grid<TeamMember> grid = find(Grid.class).id("team-members");
            assertThat(grid.getColumns().getLast().isVisible()).isFalse();
        });
    }

    @Test
    void after_the_lead_removes_a_member_their_finding_stays_on_screen_under_their_name_as_a_former_member() {
        String region = TestRegions.id("team-oud");
        TestRegions.create(administration, region);
        DIRECTORY.add("lead." + region, "lead3@example.org", TeamRole.LEAD, region);
        DIRECTORY.add("member." + region, "lid3@example.org", TeamRole.MEMBER, region);
        Finding written = AsUser.member(region)
                .call(
                        region,
                        () -> findings.create(new FindingDraft(
                                "Geschreven door een vertrekkend lid",
                                "Tekst.",
                                Theme.AANTREKKEN,
                                SubTheme.WERVEN,
                                FindingKind.OVERLEG,
                                LocalDate.of(2026, 3, 1),
                                null,
                                Set.of(Sector.PO),
                                List.of(),
                                List.of(),
                                true,
                                Visibility.OWN)));
        AsUser.lead(region).run(region, () -> team.remove(null, "member." + region));
        inTab(AsUser.lead(region), region, () -> {
            navigate(TeamView.class);
            assertThat(names()).doesNotContain("Naam member." + region);
            @SuppressWarnings("unchecked")
            Grid<TeamMember> former = find(Grid.class).id("team-former");
            assertThat(test(former).getCellText(0, 0)).isEqualTo("Naam member." + region);

            navigate("bevindingen/" + written.id(), FindingView.class);
            assertThat(find(Span.class)
                            .withText("door " + written.createdByName() + " (voormalig lid)")
                            .exists())
                    .as(find(Span.class).all().stream()
                            .map(Span::getText)
                            .toList()
                            .toString())
                    .isTrue();
        });
    }

    @Test
    void national_staff_may_not_open_the_team() {
        AsUser.withRole(nl.onderwijsregio.workspace.security.Role.NATIONAL).run(null, () -> {
            navigate("team", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }

    private java.util.List<String> names() {
        @SuppressWarnings("unchecked")
        Grid<TeamMember> grid = find(Grid.class).id("team-members");
        return IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getCellText(i, 0))
                .toList();
    }
}

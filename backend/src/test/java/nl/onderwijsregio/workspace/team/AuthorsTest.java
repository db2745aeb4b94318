package nl.onderwijsregio.workspace.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingComment;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.InMemoryDirectory;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What a person wrote stays when they leave the team, and their region shows them as a former member. */
@SpringBootTest(classes = BackendTestApplication.class)
class AuthorsTest extends DatabaseTest {

    private static final Locale DUTCH = Locale.of("nl");

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
    FindingService findings;

    @Autowired
    Authors authors;

    InMemoryDirectory directory;
    TeamService team;
    String a;
    String b;

    @BeforeEach
    void regions() {
        a = TestRegions.id("authors-a");
        b = TestRegions.id("authors-b");
        TestRegions.create(administration, a, b);
        directory = new InMemoryDirectory();
        directory.add("lead." + a, "lead." + a + "@example.org", TeamRole.LEAD, a);
        directory.add("member." + a, "member." + a + "@example.org", TeamRole.MEMBER, a);
        team = new TeamService(directory, members, tenancy, currentUser, regionAccess);
    }

    @Test
    void a_removed_members_finding_and_reaction_stay_and_name_them_as_a_former_member_of_the_region() {
        Finding finding = AsUser.member(a).call(a, () -> findings.create(draft("Geschreven vóór het vertrek")));
        AsUser.member(a).call(a, () -> findings.comment(finding.id(), "Nog een aanvulling."));
        AsUser.lead(a).run(a, () -> team.team(null)); // the team as the workspace saw it

        assertThat(AsUser.lead(a).call(a, () -> authors.ofActiveRegion()).former(a, "member." + a))
                .as("a current member")
                .isFalse();

        AsUser.lead(a).run(a, () -> team.remove(null, "member." + a));

        Finding kept = AsUser.lead(a).call(a, () -> findings.get(finding.id()));
        List<FindingComment> comments = AsUser.lead(a).call(a, () -> findings.comments(finding.id()));
        FormerMembers former = AsUser.lead(a).call(a, () -> authors.ofActiveRegion());
        assertThat(kept.createdBy()).isEqualTo("member." + a);
        assertThat(former.name(kept.regionId(), kept.createdBy(), kept.createdByName(), DUTCH))
                .isEqualTo(kept.createdByName() + " (voormalig lid)");
        assertThat(former.name(kept.regionId(), kept.createdBy(), kept.createdByName(), Locale.ENGLISH))
                .isEqualTo(kept.createdByName() + " (former member)");
        FindingComment reaction = comments.getFirst();
        assertThat(former.name(reaction.regionId(), reaction.author(), reaction.authorName(), DUTCH))
                .endsWith("(voormalig lid)");
        assertThat(former.displayName("Naam member." + a, DUTCH))
                .as("a log that keeps only the display name")
                .isEqualTo("Naam member." + a + " (voormalig lid)");
        assertThat(former.name(kept.regionId(), "lead." + a, "Lead", DUTCH))
                .as("the lead is still in the team")
                .isEqualTo("Lead");
        assertThat(former.name(b, "member." + a, "Naam", DUTCH))
                .as("an item of another region")
                .isEqualTo("Naam");
        assertThat(AsUser.lead(b).call(b, () -> authors.ofActiveRegion()).former(a, "member." + a))
                .as("another region does not read this region's team")
                .isFalse();
    }

    private static FindingDraft draft(String title) {
        return new FindingDraft(
                title,
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
                Visibility.OWN);
    }
}

package nl.onderwijsregio.workspace.regiondata;

import static nl.onderwijsregio.workspace.testing.Zips.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.audit.AuditEvent;
import nl.onderwijsregio.workspace.audit.AuditFilter;
import nl.onderwijsregio.workspace.audit.AuditService;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A region's data on request: the lead's archive holds the region's own rows (JSON per table) and the register
 * export, nothing of another region; the platform administrator erases a region after its name is typed, and then
 * nothing of it remains readable, while its Logboek keeps who and when without content.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionDataServiceTest extends DatabaseTest {

    static final AsUser PLATFORM = AsUser.withRole(Role.PLATFORM_ADMIN);

    @Autowired
    RegionDataService data;

    @Autowired
    RegionAdministration administration;

    @Autowired
    RegionProfileService profiles;

    @Autowired
    FindingService findings;

    @Autowired
    AuditService audit;

    @Autowired
    RegionService regions;

    @Test
    void the_lead_downloads_the_regions_own_rows_and_the_register() throws IOException {
        String region = TestRegions.id("avg-export");
        String other = TestRegions.id("avg-ander");
        TestRegions.create(administration, region, other);
        fill(region, "Eigen profiel");
        fill(other, "Profiel van een ander");

        Map<String, String> files = unzip(AsUser.lead(region).call(region, () -> data.ownArchive()));
        assertThat(files)
                .containsKeys(
                        "region_profile.json", "finding.json", "audit_event.json", "register.csv", "register.xlsx");
        assertThat(files.get("region_profile.json")).contains("Eigen profiel");
        assertThat(files.get("finding.json")).contains("Bevinding van " + region);
        assertThat(String.join("", files.values())).doesNotContain("Profiel van een ander", other);
        assertThatThrownBy(() -> AsUser.member(region).call(region, () -> data.ownArchive()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(unzip(PLATFORM.call(null, () -> data.archiveOf(region))).get("region_profile.json"))
                .contains("Eigen profiel");
    }

    @Test
    void the_platform_administrator_erases_a_region_and_nothing_of_it_remains_readable() throws IOException {
        String region = TestRegions.id("avg-wissen");
        String neighbour = TestRegions.id("avg-blijft");
        TestRegions.create(administration, region, neighbour);
        fill(region, "Wordt gewist");
        fill(neighbour, "Blijft staan");
        // a reaction of the neighbour on a finding the region shared: it carries the neighbour's region
        TestRegions.neighbours(administration, region, neighbour);
        long shared = AsUser.lead(region)
                .call(
                        region,
                        () -> findings.create(new FindingDraft(
                                "Gedeelde bevinding van " + region,
                                "Tekst.",
                                Theme.AANTREKKEN,
                                SubTheme.WERVEN,
                                FindingKind.OVERLEG,
                                LocalDate.of(2026, 2, 1),
                                null,
                                Set.of(Sector.VO),
                                List.of(),
                                List.of(),
                                true,
                                Visibility.NEIGHBOURS)))
                .id();
        AsUser.lead(neighbour).run(neighbour, () -> findings.comment(shared, "Reactie van de buren"));
        assertThat(PLATFORM.call(null, () -> data.remaining(region)).values()).anyMatch(n -> n > 0);

        assertThatThrownBy(() -> PLATFORM.call(null, () -> data.erase(region, "Verkeerde naam")))
                .isInstanceOf(RegionRuleException.class);
        assertThatThrownBy(() -> AsUser.lead(region).call(region, () -> data.erase(region, TestRegions.name(region))))
                .isInstanceOf(AccessDeniedException.class);
        PLATFORM.run(null, () -> data.erase(region, TestRegions.name(region)));

        Map<String, Integer> left = new HashMap<>(PLATFORM.call(null, () -> data.remaining(region)));
        left.remove("audit_event"); // the summary without content, checked below
        assertThat(left)
                .as("every region table, as the region sees it")
                .isNotEmpty()
                .allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        Map<String, String> archive = unzip(PLATFORM.call(null, () -> data.archiveOf(region)));
        assertThat(String.join("", archive.values())).doesNotContain("Wordt gewist", "Bevinding van " + region);
        List<AuditEvent> log =
                PLATFORM.call(null, () -> audit.platformPage(AuditFilter.ALL.withRegion(region), 0, 500));
        assertThat(log).isNotEmpty().allSatisfy(e -> {
            if (!e.operation().equals("ERASE")) {
                assertThat(e.oldValues()).isNull();
                assertThat(e.newValues()).isNull();
            }
        });
        assertThat(log).extracting(AuditEvent::operation).contains("ERASE");
        assertThat(regions.find(region))
                .get()
                .satisfies(r -> assertThat(r.active()).isFalse());

        // the neighbour keeps everything
        Map<String, String> kept = unzip(AsUser.lead(neighbour).call(neighbour, () -> data.ownArchive()));
        assertThat(kept.get("region_profile.json")).contains("Blijft staan");
    }

    private void fill(String region, String profile) {
        AsUser lead = AsUser.lead(region);
        lead.run(region, () -> {
            profiles.save(new ProfileChange(profile, null, null));
            findings.create(new FindingDraft(
                    "Bevinding van " + region,
                    "Tekst.",
                    Theme.AANTREKKEN,
                    SubTheme.WERVEN,
                    FindingKind.OVERLEG,
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 28),
                    Set.of(Sector.VO),
                    List.of(),
                    List.of(),
                    false,
                    Visibility.OWN));
        });
    }
}

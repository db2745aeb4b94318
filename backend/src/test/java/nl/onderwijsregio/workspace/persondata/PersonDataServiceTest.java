package nl.onderwijsregio.workspace.persondata;

import static nl.onderwijsregio.workspace.testing.Zips.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
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

/**
 * A person's own data: who they are, and every row they wrote in each of their regions (with the Logboek's record of
 * it); nothing written by a colleague, nothing of a region they are not in.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class PersonDataServiceTest extends DatabaseTest {

    @Autowired
    PersonDataService data;

    @Autowired
    PersonTables tables;

    @Autowired
    FindingService findings;

    @Autowired
    RegionAdministration administration;

    @Autowired
    nl.onderwijsregio.workspace.tenancy.Tenancy tenancy;

    @Test
    void a_person_gets_their_own_rows_of_each_of_their_regions_and_nothing_of_anyone_else() throws IOException {
        String region = TestRegions.id("avg-persoon");
        String second = TestRegions.id("avg-persoon2");
        String foreign = TestRegions.id("avg-vreemd");
        TestRegions.create(administration, region, second, foreign);
        AsUser person = new AsUser("persoon." + region, List.of(Role.REGIO_MEMBER), List.of(region, second));
        person.run(region, () -> write("Mijn bevinding in de eerste regio"));
        person.run(second, () -> write("Mijn bevinding in de tweede regio"));
        AsUser.member(region).run(region, () -> write("Bevinding van een collega"));
        new AsUser("persoon." + region, List.of(Role.REGIO_MEMBER), List.of(foreign))
                .run(foreign, () -> write("Bevinding in een regio waar ik niet meer bij hoor"));

        Map<String, String> files = unzip(person.call(null, () -> data.ownArchive()));

        assertThat(files.get("person.json"))
                .contains("\"username\" : \"persoon." + region + "\"")
                .contains(region, second, "regio-member");
        assertThat(files.get("regions/" + region + "/finding.json"))
                .contains("Mijn bevinding in de eerste regio")
                .doesNotContain("collega");
        assertThat(files.get("regions/" + second + "/finding.json")).contains("Mijn bevinding in de tweede regio");
        assertThat(files.get("regions/" + region + "/audit_event.json"))
                .as("the Logboek's record of the person's own actions")
                .contains("Mijn bevinding in de eerste regio")
                .doesNotContain("collega");
        assertThat(files)
                .containsKeys(
                        "personal/user_preference.json",
                        "personal/finding_read.json",
                        "regions/" + region + "/notification_seen.json");
        assertThat(String.join("", files.values()))
                .doesNotContain("Bevinding van een collega", "waar ik niet meer bij hoor", foreign);
    }

    @Test
    void every_column_that_names_a_person_is_part_of_the_export() {
        List<String> exported = new java.util.ArrayList<>();
        tenancy.withoutRegion(() -> tables.regionTables())
                .forEach((table, columns) -> columns.forEach(c -> exported.add(table + "." + c)));
        tenancy.withoutRegion(() -> tables.nationalTables())
                .forEach((table, columns) -> columns.forEach(c -> exported.add(table + "." + c)));
        PersonTables.PERSONAL.forEach(t -> exported.add(t + ".username"));
        List<String> leftOut = tenancy.withoutRegion(tables::personLikeColumns).stream()
                .filter(c -> !exported.contains(c))
                .toList();
        assertThat(leftOut)
                .as("person columns not in PersonTables.PERSON_COLUMNS, or in a table without region and RLS")
                .isEmpty();
    }

    @Test
    void national_staff_get_their_rows_of_the_national_lists() throws IOException {
        String region = TestRegions.id("avg-nationaal");
        AsUser platform = AsUser.withRole(Role.PLATFORM_ADMIN);
        TestRegions.create(administration, region); // as the platform administrator

        Map<String, String> files = unzip(platform.call(null, () -> data.ownArchive()));

        assertThat(files.get("national/platform_audit.json")).contains(region);
        assertThat(files).containsKeys("national/catalogue_change.json", "national/catalogue_entry.json");
        assertThat(unzip(AsUser.member(region).call(null, () -> data.ownArchive())))
                .doesNotContainKey("national/platform_audit.json");
    }

    private void write(String title) {
        findings.create(new FindingDraft(
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
                false,
                Visibility.OWN));
    }
}

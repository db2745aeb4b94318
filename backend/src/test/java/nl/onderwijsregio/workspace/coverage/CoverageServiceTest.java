package nl.onderwijsregio.workspace.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestFindings;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every national aggregate on a fixture with hand-computed numbers. Three fresh regions: alfa and beta register
 * closed data, gamma does nothing. National totals (sources, priorities, findings, trend) are checked as the
 * difference the fixture makes, since other tests share the database.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageServiceTest extends DatabaseTest {

    static final AsUser NATIONAL = AsUser.withRole(Role.NATIONAL);
    static final AsUser ALFA = new AsUser("lead.dekking-alfa", List.of(Role.REGIO_LEAD), List.of("dekking-alfa"));
    static final AsUser BETA = new AsUser("lead.dekking-beta", List.of(Role.REGIO_LEAD), List.of("dekking-beta"));

    @Autowired
    CoverageService coverage;

    @Autowired
    RegisterService register;

    @Autowired
    FindingService findings;

    @Autowired
    PriorityService priorities;

    @Autowired
    RegionAdministration administration;

    @Autowired
    CoverageExports exports;

    Map<String, SourceCoverage> sourcesBefore;
    Map<String, Integer> findingsBefore;
    Map<String, Integer> prioritiesBefore;
    TrendPoint monthBefore;

    @BeforeAll
    void fixture() {
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            administration.create("dekking-alfa", "Dekking Alfa", RegionKind.GEOGRAPHIC);
            administration.create("dekking-beta", "Dekking Beta", RegionKind.GEOGRAPHIC);
            administration.create("dekking-gamma", "Dekking Gamma", RegionKind.GEOGRAPHIC);
        });
        sourcesBefore = NATIONAL.call(null, () -> coverage.sources()).stream()
                .collect(Collectors.toMap(SourceCoverage::entryId, Function.identity()));
        findingsBefore = findingCounts();
        prioritiesBefore = priorityCounts();
        monthBefore = thisMonth();

        ALFA.run("dekking-alfa", () -> {
            received(entry("e056", "Vfpf (dekking)", "GEHEIME NOTITIE alfa"));
            entry("e053", "Stichting Dekking A", null);
            received(entry("e053", "Stichting Dekking B", null));
            RegisterEntry refused = register.transition(
                    entry("e041", "Stichting Dekking A", null).id(), 1, RegisterStatus.AANGEVRAAGD, null);
            register.transition(refused.id(), refused.revision(), RegisterStatus.AFGEWEZEN, null);
            received(register.create(new RegisterDraft(
                    null,
                    "Eigen enquête onder besturen",
                    "Enquêteresultaten",
                    null,
                    null,
                    HolderKind.OTHER,
                    "Dekking Alfa",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Jan Geheim",
                    null,
                    null)));
            findings.create(
                    TestFindings.draft("Gedeeld met iedereen (dekking)", true, Visibility.ALL, FindingKind.ENQUETE));
            findings.create(TestFindings.draft("Eigen regio (dekking)", true, Visibility.OWN, FindingKind.INTERVIEW));
            findings.create(TestFindings.draft("Concept (dekking)", false, Visibility.ALL, FindingKind.INTERVIEW));
            priorities.create(priority("Schaarste samen aanpakken (dekking)", true));
            priorities.create(priority("Nog een concept (dekking)", false));
        });
        BETA.run("dekking-beta", () -> {
            received(entry("e053", " stichting dekking b ", null));
            entry("e056", "Vfpf", null);
        });
    }

    @Test
    void the_matrix_counts_distinct_entries_per_theme_registered_and_received() {
        Map<String, CoverageCell> alfa = cells("dekking-alfa");
        Map<String, CoverageCell> beta = cells("dekking-beta");
        assertThat(alfa.get("Behouden").registered()).isEqualTo(2);
        assertThat(alfa.get("Behouden").received()).isEqualTo(2);
        assertThat(alfa.get("Aantrekken").registered()).isEqualTo(1);
        assertThat(alfa.get("Aantrekken").received()).isZero();
        assertThat(alfa.get("Regionale context").registered()).isZero();
        assertThat(beta.get("Behouden").registered()).isEqualTo(2);
        assertThat(beta.get("Behouden").received()).isEqualTo(1);
        assertThat(cells("dekking-gamma").values())
                .as("a row per theme")
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.registered()).isZero();
                    assertThat(c.lastActivity()).isNull();
                });
        int behouden = alfa.get("Behouden").themeEntries();
        assertThat(behouden).as("Behouden has 6 entries in the catalogue").isEqualTo(6);
        assertThat(alfa.get("Behouden").receivedPercent()).isEqualTo(Math.round(100f * 2 / 6));
        assertThat(alfa.get("Behouden").lastActivity()).isNotNull();
    }

    @Test
    void sources_count_regions_per_status_and_distinct_holders_with_the_vfpf_first() {
        List<SourceCoverage> sources = NATIONAL.call(null, () -> coverage.sources());
        assertThat(sources.getFirst().partnerId()).isEqualTo("vfpf");
        Map<String, SourceCoverage> now =
                sources.stream().collect(Collectors.toMap(SourceCoverage::entryId, Function.identity()));
        assertDelta("e053", now, 1, 0, 2, 0, 1);
        assertDelta("e056", now, 1, 0, 1, 0, 1);
        assertDelta("e041", now, 0, 0, 0, 1, 0);
        assertThat(now).doesNotContainKey("e020").as("open data is not a closed source");
    }

    @Test
    void gaps_name_the_quiet_regions_and_those_without_received_data() {
        Gaps gaps = NATIONAL.call(null, () -> coverage.gaps());
        assertThat(gaps.withoutReceived())
                .extracting(RegionActivity::regionId)
                .contains("dekking-gamma")
                .doesNotContain("dekking-alfa", "dekking-beta");
        assertThat(gaps.inactive())
                .extracting(RegionActivity::regionId)
                .contains("dekking-gamma")
                .doesNotContain("dekking-alfa");
        assertThat(gaps.unusedEntries()).extracting(UnusedEntry::entryId).doesNotContain("e053", "e056", "e041");
        RegionActivity alfa = NATIONAL.call(null, () -> coverage.regions()).stream()
                .filter(r -> r.regionId().equals("dekking-alfa"))
                .findFirst()
                .orElseThrow();
        assertThat(alfa.registered()).isEqualTo(5);
        assertThat(alfa.received()).isEqualTo(3);
    }

    @Test
    void priorities_findings_and_the_trend_count_only_what_is_published() {
        Map<String, Integer> prioritiesNow = priorityCounts();
        assertThat(prioritiesNow.get("CONTINUEREN/OMGAAN_MET_SCHAARSTE")
                        - prioritiesBefore.getOrDefault("CONTINUEREN/OMGAAN_MET_SCHAARSTE", 0))
                .isEqualTo(1);
        assertThat(NATIONAL.call(null, () -> coverage.priorities()))
                .filteredOn(p -> p.subTheme() == SubTheme.OMGAAN_MET_SCHAARSTE)
                .singleElement()
                .satisfies(p -> assertThat(p.regionNames()).contains("Dekking Alfa"));

        Map<String, Integer> findingsNow = findingCounts();
        assertThat(delta(findingsNow, "Continueren/ENQUETE/ALL")).isEqualTo(1);
        assertThat(delta(findingsNow, "Continueren/-/OWN"))
                .as("private: a count per theme, no kind")
                .isEqualTo(1);
        assertThat(delta(findingsNow, "Continueren/INTERVIEW/ALL"))
                .as("the draft does not count")
                .isZero();

        TrendPoint month = thisMonth();
        assertThat(month.received() - monthBefore.received()).isEqualTo(4);
        assertThat(month.publishedFindings() - monthBefore.publishedFindings()).isEqualTo(2);
    }

    @Test
    void the_lines_behind_a_number_are_region_entry_status_and_dates_only() {
        List<RegisterLine> lines =
                NATIONAL.call(null, () -> coverage.lines(LineFilter.cell("dekking-alfa", Theme.BEHOUDEN, true)));
        assertThat(lines).extracting(RegisterLine::entryId).containsExactlyInAnyOrder("e056", "e053");
        assertThat(lines).allSatisfy(l -> assertThat(l.receivedOn()).isEqualTo(LocalDate.now()));
        assertThat(NATIONAL.call(
                        null, () -> coverage.lines(LineFilter.source("e041", RegisterStatus.AFGEWEZEN, false))))
                .extracting(RegisterLine::regionId)
                .contains("dekking-alfa");
        assertThat(lines.toString()).doesNotContain("GEHEIME", "Stichting", "Geheim");
    }

    @Test
    void only_national_staff_and_platform_administrators_open_the_overview() {
        assertThatThrownBy(() -> ALFA.run("dekking-alfa", () -> coverage.matrix()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.withRole(Role.CATALOGUE_ADMIN).run(null, () -> coverage.sources()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.withRole(Role.PLATFORM_ADMIN).call(null, () -> coverage.matrix()))
                .isNotEmpty();
    }

    @Test
    void every_table_exports_to_csv_and_xlsx_that_open_back_with_the_same_numbers() throws Exception {
        for (CoverageTable which : CoverageTable.values()) {
            Table table = NATIONAL.call(null, () -> exports.table(which));
            String csv = new String(Spreadsheets.csv(table), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF" + table.headers().getFirst() + ";");
            assertThat(csv.split("\r\n")).hasSize(table.rows().size() + 1);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx(table)))) {
                assertThat(book.getSheetAt(0).getLastRowNum())
                        .as(which.name())
                        .isEqualTo(table.rows().size());
            }
        }
        Table matrix = NATIONAL.call(null, () -> exports.table(CoverageTable.MATRIX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx(matrix)))) {
            var sheet = book.getSheetAt(0);
            var alfaBehouden = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("Dekking Alfa")
                            && r.getCell(2).getStringCellValue().equals("Behouden"))
                    .findFirst()
                    .orElseThrow();
            assertThat(alfaBehouden.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(alfaBehouden.getCell(6).getNumericCellValue()).isEqualTo(2);
        }
        String lines = new String(
                Spreadsheets.csv(NATIONAL.call(
                        null, () -> exports.lines(LineFilter.cell("dekking-alfa", Theme.BEHOUDEN, false)))),
                StandardCharsets.UTF_8);
        assertThat(lines).contains("Dekking Alfa", "e053").doesNotContain("GEHEIME", "Piet Contact", "Stichting");
    }

    private void assertDelta(
            String entry,
            Map<String, SourceCoverage> now,
            int wanted,
            int requested,
            int received,
            int refused,
            int holders) {
        SourceCoverage before = sourcesBefore.get(entry);
        SourceCoverage after = now.get(entry);
        assertThat(after.wanted() - before.wanted()).as(entry + " wanted").isEqualTo(wanted);
        assertThat(after.requested() - before.requested())
                .as(entry + " requested")
                .isEqualTo(requested);
        assertThat(after.received() - before.received()).as(entry + " received").isEqualTo(received);
        assertThat(after.refused() - before.refused()).as(entry + " refused").isEqualTo(refused);
        assertThat(after.holders() - before.holders()).as(entry + " holders").isEqualTo(holders);
    }

    private Map<String, CoverageCell> cells(String region) {
        return NATIONAL.call(null, () -> coverage.matrix()).stream()
                .filter(c -> c.regionId().equals(region))
                .collect(Collectors.toMap(c -> c.theme().label(), Function.identity()));
    }

    private Map<String, Integer> findingCounts() {
        return NATIONAL.call(null, () -> coverage.findings()).stream()
                .collect(Collectors.toMap(
                        f -> f.theme().label() + "/" + (f.kind() == null ? "-" : f.kind()) + "/" + f.visibility(),
                        FindingCount::findings));
    }

    private int delta(Map<String, Integer> now, String key) {
        return now.getOrDefault(key, 0) - findingsBefore.getOrDefault(key, 0);
    }

    private Map<String, Integer> priorityCounts() {
        return NATIONAL.call(null, () -> coverage.priorities()).stream()
                .collect(Collectors.toMap(p -> p.theme() + "/" + p.subTheme(), PriorityCount::priorities));
    }

    private TrendPoint thisMonth() {
        return NATIONAL.call(null, () -> coverage.trend()).getLast();
    }

    private RegisterEntry entry(String catalogueEntry, String holder, String notes) {
        return register.create(new RegisterDraft(
                catalogueEntry,
                null,
                "Dekking " + catalogueEntry,
                null,
                null,
                HolderKind.BESTUUR,
                holder,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Piet Contact",
                null,
                notes));
    }

    private RegisterEntry received(RegisterEntry entry) {
        RegisterEntry requested = register.transition(entry.id(), entry.revision(), RegisterStatus.AANGEVRAAGD, null);
        return register.transition(requested.id(), requested.revision(), RegisterStatus.ONTVANGEN, null);
    }

    private static PriorityDraft priority(String title, boolean published) {
        return new PriorityDraft(
                title,
                Topic.of(SubTheme.OMGAAN_MET_SCHAARSTE),
                "",
                List.of(Sector.PO),
                null,
                null,
                null,
                2026,
                2027,
                null,
                published,
                List.of());
    }
}

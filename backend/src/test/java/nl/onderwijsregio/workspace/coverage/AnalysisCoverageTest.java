package nl.onderwijsregio.workspace.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national part Analyses on a fixture with hand-computed numbers. Three fresh regions: alfa writes two chapters
 * on three sources and two closed datasets and establishes it shared with the Realisatie-Eenheid; beta establishes
 * one chapter without sharing, reopens it as version 2, and removes a chapter with evidence (which then no longer
 * counts); gamma has not started. Only numbers and status come out, never text.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisCoverageTest extends DatabaseTest {

    static final String ALFA = TestRegions.id("analyse-alfa");
    static final String BETA = TestRegions.id("analyse-beta");
    static final String GAMMA = TestRegions.id("analyse-gamma");
    static final AsUser NATIONAL = AsUser.withRole(Role.NATIONAL);
    static final String SECRET = "GEHEIME-ANALYSETEKST-" + ALFA;

    @Autowired
    CoverageService coverage;

    @Autowired
    CoverageExports exports;

    @Autowired
    AnalysisService analyses;

    @Autowired
    RegisterService register;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    int alfaChapters;
    int betaChapters;
    OffsetDateTime beforeFixture;

    @BeforeAll
    void fixture(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, ALFA, BETA, GAMMA);
        beforeFixture = OffsetDateTime.now().minusSeconds(5);
        AsUser.lead(ALFA).run(ALFA, () -> {
            long first = closedData("Verzuimcijfers alfa").id();
            long second = closedData("Uitstroom alfa").id();
            Analysis analysis = analyses.start("Arbeidsmarktanalyse 2026", false);
            alfaChapters = analysis.writtenChapters().size();
            List<Chapter> chapters = analysis.writtenChapters();
            write(chapters.get(0), SECRET + " volgens [[bron:e019]] en [[bron:e020]].");
            write(chapters.get(1), "Zie [[register:" + first + "]] en nogmaals [[bron:e019]].");
            analyses.attach(chapters.get(2).id(), new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(second)));
            analyses.attach(chapters.get(2).id(), new EvidenceRef(EvidenceKind.CATALOGUE, "e053"));
            analyses.attach(chapters.get(3).id(), new EvidenceRef(EvidenceKind.CATALOGUE, "e019"));
            Analysis current = analyses.current().orElseThrow();
            analyses.changeStatus(current.id(), current.revision(), AnalysisStatus.VASTGESTELD, false, true);
        });
        AsUser.lead(BETA).run(BETA, () -> {
            Analysis analysis = analyses.start("Arbeidsmarktanalyse 2026", false);
            List<Chapter> chapters = analysis.writtenChapters();
            write(chapters.get(0), "Een hoofdstuk met tekst, zonder bronnen.");
            analyses.attach(chapters.get(1).id(), new EvidenceRef(EvidenceKind.CATALOGUE, "e019"));
            analyses.attach(chapters.get(4).id(), new EvidenceRef(EvidenceKind.CATALOGUE, "e020"));
            write(chapters.get(4), "Tekst in een hoofdstuk dat verdwijnt.");
            analyses.removeChapter(chapters.get(4).id());
            betaChapters = chapters.size() - 1;
            Analysis current = analyses.current().orElseThrow();
            Analysis established =
                    analyses.changeStatus(current.id(), current.revision(), AnalysisStatus.VASTGESTELD, true, false);
            analyses.changeStatus(established.id(), established.revision(), AnalysisStatus.CONCEPT, false, false);
        });
    }

    @Test
    void every_region_gets_its_numbers_and_status() {
        List<AnalysisProgress> rows = NATIONAL.call(null, () -> coverage.analyses());

        AnalysisProgress alfa = row(rows, ALFA);
        assertThat(alfa.regionName()).isEqualTo(TestRegions.name(ALFA));
        assertThat(alfa.edition()).isEqualTo("Arbeidsmarktanalyse 2026");
        assertThat(alfa.status()).isEqualTo(AnalysisStatus.VASTGESTELD);
        assertThat(alfa.version()).isEqualTo(1);
        assertThat(alfa.chapters()).isEqualTo(alfaChapters).isEqualTo(10);
        assertThat(alfa.chaptersWithText()).isEqualTo(2);
        assertThat(alfa.sources())
                .as("e019, e020, e053 (e019 twice counts once)")
                .isEqualTo(3);
        assertThat(alfa.closedDatasets()).isEqualTo(2);
        assertThat(alfa.releasedVersion()).isEqualTo(1);
        assertThat(alfa.sharedNational()).isTrue();
        assertThat(alfa.lastChange()).isAfter(beforeFixture);

        AnalysisProgress beta = row(rows, BETA);
        assertThat(beta.status()).isEqualTo(AnalysisStatus.CONCEPT);
        assertThat(beta.version()).as("reopened after vaststellen").isEqualTo(2);
        assertThat(beta.chapters()).as("one removed").isEqualTo(betaChapters).isEqualTo(9);
        assertThat(beta.chaptersWithText()).isEqualTo(1);
        assertThat(beta.sources()).as("e020 was on the removed chapter").isEqualTo(1);
        assertThat(beta.closedDatasets()).isZero();
        assertThat(beta.releasedVersion()).isEqualTo(1);
        assertThat(beta.sharedNational()).as("shared with the neighbours only").isFalse();

        AnalysisProgress gamma = row(rows, GAMMA);
        assertThat(gamma.started()).isFalse();
        assertThat(gamma.edition()).isNull();
        assertThat(gamma.status()).isNull();
        assertThat(gamma.version()).isNull();
        assertThat(gamma.lastChange()).isNull();
        assertThat(gamma.chapters()).isZero();
        assertThat(gamma.sources()).isZero();
        assertThat(gamma.releasedVersion()).isNull();

        assertThat(rows)
                .extracting(AnalysisProgress::regionName)
                .as("sorted by region name")
                .isSortedAccordingTo(String::compareTo);
        assertThat(rows.toString()).doesNotContain(SECRET);
    }

    @Test
    void the_table_exports_to_csv_and_xlsx_with_the_same_numbers() throws Exception {
        Table table = NATIONAL.call(null, () -> exports.table(CoverageTable.ANALYSES));
        String csv = new String(Spreadsheets.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFRegio;Editie;Status;Versie;Laatste wijziging;Hoofdstukken;");
        assertThat(csv)
                .contains("\"" + TestRegions.name(ALFA) + "\";\"Arbeidsmarktanalyse 2026\";\"Vastgesteld\";\"1\";")
                .contains("\"10\";\"2\";\"3\";\"2\";\"1\";\"ja\"")
                .contains("\"" + TestRegions.name(GAMMA)
                        + "\";\"\";\"Niet begonnen\";\"\";\"\";\"0\";\"0\";\"0\";\"0\";\"\";\"nee\"")
                .doesNotContain(SECRET);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx(table)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
            var beta = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals(TestRegions.name(BETA)))
                    .findFirst()
                    .orElseThrow();
            assertThat(beta.getCell(2).getStringCellValue()).isEqualTo("Concept");
            assertThat(beta.getCell(5).getNumericCellValue()).isEqualTo(9);
            assertThat(beta.getCell(7).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void the_aggregate_refuses_outside_the_national_scope() {
        assertThatThrownBy(() -> AsUser.lead(ALFA).run(ALFA, () -> coverage.analyses()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenancy.inRegion(ALFA, () -> jdbc.queryForList("select * from coverage_analyses()")))
                .rootCause()
                .hasMessageContaining("alleen voor de Realisatie-Eenheid");
        assertThatThrownBy(() -> tenancy.withoutRegion(() -> jdbc.queryForList("select * from coverage_analyses()")))
                .rootCause()
                .hasMessageContaining("alleen voor de Realisatie-Eenheid");
        assertThat(tenancy.national(
                        () -> jdbc.queryForList("select * from coverage_analyses() where region_id = ?", ALFA)))
                .hasSize(1);
        assertThat(tenancy.national(() -> jdbc.queryForObject(
                        "select count(*) from analysis_chapter where region_id = ?", Integer.class, ALFA)))
                .as("the national scope reads no working text directly")
                .isZero();
        assertThat(AsUser.withRole(Role.PLATFORM_ADMIN).call(null, () -> coverage.analyses()))
                .extracting(AnalysisProgress::regionId)
                .contains(ALFA, BETA, GAMMA);
    }

    private void write(Chapter chapter, String body) {
        analyses.save(chapter.id(), chapter.revision(), chapter.title(), body);
    }

    /** Closed data the region received (only received data is evidence of an analysis). */
    private nl.onderwijsregio.workspace.register.RegisterEntry closedData(String what) {
        var wanted = wanted(what);
        var requested = register.transition(
                wanted.id(),
                wanted.revision(),
                nl.onderwijsregio.workspace.register.RegisterStatus.AANGEVRAAGD,
                java.time.LocalDate.of(2026, 3, 1));
        return register.transition(
                requested.id(),
                requested.revision(),
                nl.onderwijsregio.workspace.register.RegisterStatus.ONTVANGEN,
                java.time.LocalDate.of(2026, 4, 1));
    }

    private nl.onderwijsregio.workspace.register.RegisterEntry wanted(String what) {
        return register.create(new RegisterDraft(
                "e053",
                null,
                what,
                null,
                null,
                HolderKind.BESTUUR,
                "Stichting Alfa",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private static AnalysisProgress row(List<AnalysisProgress> rows, String region) {
        return rows.stream()
                .filter(r -> r.regionId().equals(region))
                .findFirst()
                .orElseThrow();
    }
}

package nl.onderwijsregio.workspace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.function.Supplier;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who reads an analysis: own region, neighbour, non-neighbour and the Realisatie-Eenheid × concept, vastgesteld
 * (not shared), shared with the neighbours, shared with the Realisatie-Eenheid — in plain SQL as the application role
 * (row-level security alone) and through the services. A working text never leaves its region.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class AnalysisVisibilityTest extends DatabaseTest {

    static final String OWN = TestRegions.id("eigen");
    static final String NEIGHBOUR = TestRegions.id("buur");
    static final String STRANGER = TestRegions.id("vreemd");
    static final AsUser LEAD = AsUser.lead(OWN);
    static final AsUser NATIONAL = AsUser.withRole(Role.NATIONAL);

    enum State {
        CONCEPT,
        VASTGESTELD,
        SHARED_NEIGHBOURS,
        SHARED_NATIONAL
    }

    enum Reader {
        OWN,
        NEIGHBOUR,
        STRANGER,
        NATIONAL
    }

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN, NEIGHBOUR, STRANGER);
        TestRegions.neighbours(administration, OWN, NEIGHBOUR);
    }

    @Autowired
    AnalysisService analyses;

    @Autowired
    SharedAnalyses shared;

    @Autowired
    NationalAnalyses national;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    record Fixture(
            long analysisId, long chapterId, @Nullable Long releaseId, String marker) {}

    private Fixture analysisIn(State state) {
        String marker = "geheim-" + state + "-" + System.nanoTime();
        return LEAD.call(OWN, () -> {
            Analysis a = analyses.start("Zichtbaarheid " + marker, false);
            Chapter c = a.chapters().get(4);
            analyses.save(c.id(), c.revision(), c.title(), "Tekst " + marker);
            if (state == State.CONCEPT) {
                return new Fixture(a.id(), c.id(), null, marker);
            }
            Analysis done = analyses.changeStatus(
                    a.id(),
                    a.revision(),
                    AnalysisStatus.VASTGESTELD,
                    state == State.SHARED_NEIGHBOURS,
                    state == State.SHARED_NATIONAL);
            return new Fixture(a.id(), c.id(), done.releases().getFirst().id(), marker);
        });
    }

    private static boolean readsRelease(State state, Reader reader) {
        return switch (reader) {
            case OWN -> state != State.CONCEPT;
            case NEIGHBOUR -> state == State.SHARED_NEIGHBOURS;
            case STRANGER -> false;
            case NATIONAL -> state == State.SHARED_NATIONAL;
        };
    }

    private <T> T as(Reader reader, Supplier<T> work) {
        return switch (reader) {
            case OWN -> tenancy.inRegion(OWN, work);
            case NEIGHBOUR -> tenancy.inRegion(NEIGHBOUR, work);
            case STRANGER -> tenancy.inRegion(STRANGER, work);
            case NATIONAL -> tenancy.national(work);
        };
    }

    private int count(Reader reader, String sql, Object... args) {
        return as(reader, () -> jdbc.queryForObject(sql, Integer.class, args));
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void in_plain_sql_the_working_text_stays_in_the_region_and_a_release_is_read_where_it_is_shared(State state) {
        Fixture f = analysisIn(state);
        for (Reader reader : Reader.values()) {
            boolean own = reader == Reader.OWN;
            assertThat(count(reader, "select count(*) from analysis where id = ?", f.analysisId()))
                    .as("%s reads the %s analysis", reader, state)
                    .isEqualTo(own ? 1 : 0);
            assertThat(count(reader, "select count(*) from analysis_chapter where body like ?", "%" + f.marker()))
                    .as("%s reads the working text", reader)
                    .isEqualTo(own ? 1 : 0);
            assertThat(count(
                            reader,
                            "select count(*) from analysis_chapter_version where body like ?",
                            "%" + f.marker()))
                    .isEqualTo(own ? 1 : 0);
            assertThat(count(reader, "select count(*) from analysis_evidence where chapter_id = ?", f.chapterId()))
                    .isZero();
            if (f.releaseId() != null) {
                int expected = readsRelease(state, reader) ? 1 : 0;
                assertThat(count(reader, "select count(*) from analysis_release where id = ?", f.releaseId()))
                        .as("%s reads the %s release", reader, state)
                        .isEqualTo(expected);
                assertThat(count(
                                reader,
                                "select count(*) from analysis_release_chapter where release_id = ? and body like ?",
                                f.releaseId(),
                                "%" + f.marker()))
                        .as("%s reads the %s release's text", reader, state)
                        .isEqualTo(expected);
            }
        }
        assertThat(tenancy.withoutRegion(() -> jdbc.queryForObject(
                        "select count(*) from analysis where id = ?", Integer.class, f.analysisId())))
                .as("no region, no scope: nothing")
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void through_the_services_only_the_sharing_decides_who_reads_a_release(State state) {
        Fixture f = analysisIn(state);
        if (f.releaseId() == null) {
            assertThat(AsUser.lead(NEIGHBOUR).call(NEIGHBOUR, () -> shared.sharedWithUs()))
                    .noneMatch(r -> r.analysisId() == f.analysisId());
            assertThat(NATIONAL.call(null, () -> national.shared())).noneMatch(r -> r.analysisId() == f.analysisId());
            assertThatThrownBy(() -> AsUser.lead(NEIGHBOUR).run(NEIGHBOUR, () -> analyses.analysis(f.analysisId())))
                    .isInstanceOf(NoSuchElementException.class);
            return;
        }
        long release = f.releaseId();
        check(
                readsRelease(state, Reader.NEIGHBOUR),
                () -> AsUser.lead(NEIGHBOUR).call(NEIGHBOUR, () -> shared.chapters(release)),
                f.marker());
        check(false, () -> AsUser.lead(STRANGER).call(STRANGER, () -> shared.chapters(release)), f.marker());
        check(
                readsRelease(state, Reader.NATIONAL),
                () -> NATIONAL.call(null, () -> national.chapters(release)),
                f.marker());
        assertThat(AsUser.lead(NEIGHBOUR).call(NEIGHBOUR, () -> shared.sharedWithUs()))
                .extracting(Release::id)
                .as("listed for the neighbour")
                .matches(ids -> ids.contains(release) == readsRelease(state, Reader.NEIGHBOUR));
        assertThatThrownBy(() -> AsUser.lead(NEIGHBOUR).run(NEIGHBOUR, () -> analyses.share(release, true, true)))
                .as("only the own region shares")
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void sharing_can_be_withdrawn_and_then_the_neighbour_reads_nothing_again() {
        Fixture f = analysisIn(State.SHARED_NEIGHBOURS);
        long release = f.releaseId();
        assertThat(AsUser.lead(NEIGHBOUR).call(NEIGHBOUR, () -> shared.chapters(release)))
                .isNotEmpty();
        LEAD.run(OWN, () -> analyses.share(release, false, true));
        assertThatThrownBy(() -> AsUser.lead(NEIGHBOUR).run(NEIGHBOUR, () -> shared.chapters(release)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(NATIONAL.call(null, () -> national.chapters(release))).isNotEmpty();
    }

    @Test
    void plain_sql_of_another_region_changes_nothing() {
        Fixture f = analysisIn(State.SHARED_NEIGHBOURS);
        tenancy.inRegion(NEIGHBOUR, () -> {
            assertThat(jdbc.update("update analysis_release set shared_national = true where id = ?", f.releaseId()))
                    .isZero();
            assertThat(jdbc.update("update analysis_chapter set body = 'gekaapt' where id = ?", f.chapterId()))
                    .isZero();
            return null;
        });
        assertThatThrownBy(() -> tenancy.inRegion(
                        NEIGHBOUR,
                        () -> jdbc.update(
                                "insert into analysis_release_chapter (release_id, position, title) values (?, 99, 'x')",
                                f.releaseId())))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> tenancy.inRegion(
                        OWN,
                        () -> jdbc.update(
                                "update analysis_release_chapter set body = 'x' where release_id = ?", f.releaseId())))
                .as("a release's text is frozen, even for its own region")
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    private static void check(boolean reads, Supplier<java.util.List<ReleaseChapter>> read, String marker) {
        if (reads) {
            assertThat(read.get()).anySatisfy(c -> assertThat(c.body()).contains(marker));
        } else {
            assertThatThrownBy(read::get).isInstanceOf(NoSuchElementException.class);
        }
    }
}

package nl.onderwijsregio.workspace.priorities;

import static nl.onderwijsregio.workspace.themes.SubTheme.BEGELEIDEN;
import static nl.onderwijsregio.workspace.themes.SubTheme.MATCHEN;
import static nl.onderwijsregio.workspace.themes.SubTheme.OMGAAN_MET_SCHAARSTE;
import static nl.onderwijsregio.workspace.themes.SubTheme.OPLEIDEN;
import static nl.onderwijsregio.workspace.themes.SubTheme.VERZUIM_WERKGELUK;
import static nl.onderwijsregio.workspace.themes.SubTheme.WERVEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.Test;

/**
 * The comparison on a fixture with hand-computed overlaps. Own region A: werven, begeleiden, begeleiden, opleiden.
 * B: werven, begeleiden, verzuim → shared {werven, begeleiden}, union {werven, begeleiden, opleiden, verzuim}: 2/4.
 * C: verzuim, schaarste → nothing shared, union of 5: 0. D has no priorities: union {werven, begeleiden, opleiden}: 0.
 */
class PriorityComparisonTest {

    private static final ComparedRegion A = new ComparedRegion("a", "Regio A");
    private static final ComparedRegion B = new ComparedRegion("b", "Regio B");
    private static final ComparedRegion C = new ComparedRegion("c", "Regio C");
    private static final ComparedRegion D = new ComparedRegion("d", "Regio D");
    private static final List<Priority> FIXTURE = new ArrayList<>();

    static {
        add("a", 1, WERVEN);
        add("a", 2, BEGELEIDEN);
        add("a", 3, OPLEIDEN);
        add("a", 4, BEGELEIDEN);
        add("b", 2, BEGELEIDEN); // given out of order: ranks decide, not the list
        add("b", 1, WERVEN);
        add("b", 3, VERZUIM_WERKGELUK);
        add("c", 1, VERZUIM_WERKGELUK);
        add("c", 5, OMGAAN_MET_SCHAARSTE); // rank 5: drafts ranked 2-4 are hidden from other regions
    }

    private static void add(String region, int rank, SubTheme subTheme) {
        FIXTURE.add(new Priority(
                FIXTURE.size() + 1,
                region,
                rank,
                region + rank,
                subTheme.theme(),
                subTheme,
                "",
                List.of(Sector.PO),
                null,
                null,
                null,
                2026,
                2029,
                PriorityStatus.LOPEND,
                true,
                List.of(),
                List.of(),
                1,
                OffsetDateTime.now(),
                "t"));
    }

    private final Comparison comparison = PriorityComparison.compare(List.of(A, B, C, D), "a", FIXTURE);

    @Test
    void jaccard_scores_are_shared_sub_themes_over_all_sub_themes_of_both_regions() {
        assertThat(comparison.similarities()).extracting(s -> s.region().id()).containsExactly("b", "c", "d");
        Comparison.Similarity b = comparison.similarities().get(0);
        assertThat(b.sharedTopics()).containsExactly(Topic.of(WERVEN), Topic.of(BEGELEIDEN));
        assertThat(b.union()).isEqualTo(4);
        assertThat(b.score()).isCloseTo(0.5, within(1e-9));
        assertThat(b.percent()).isEqualTo(50);
        assertThat(comparison.similarities().get(1).union()).isEqualTo(5);
        assertThat(comparison.similarities().get(1).score()).isZero();
        assertThat(comparison.similarities().get(2).union()).isEqualTo(3);
        assertThat(comparison.similarities().get(2).score()).isZero();
    }

    @Test
    void the_matrix_marks_shared_sub_themes_and_the_own_regions_gaps_with_positions_in_the_cells() {
        Map<SubTheme, Comparison.MatrixRow> rows = new java.util.EnumMap<>(SubTheme.class);
        comparison.matrix().stream()
                .filter(row -> row.topic().subTheme() != null)
                .forEach(row -> rows.put(row.topic().subTheme(), row));
        assertThat(comparison.matrix()).extracting(Comparison.MatrixRow::topic).isEqualTo(PriorityTopics.all());
        assertThat(rows).hasSize(SubTheme.values().length);
        assertThat(rows.get(WERVEN).shared()).isTrue();
        assertThat(rows.get(BEGELEIDEN).shared()).isTrue();
        assertThat(rows.get(BEGELEIDEN).positionsOf("a")).containsExactly(2, 4);
        assertThat(rows.get(BEGELEIDEN).positionsOf("b")).containsExactly(2);
        assertThat(rows.get(OPLEIDEN).shared()).isFalse();
        assertThat(rows.get(OPLEIDEN).gap()).isFalse();
        assertThat(rows.get(VERZUIM_WERKGELUK).gap()).isTrue();
        assertThat(rows.get(VERZUIM_WERKGELUK).positionsOf("c")).containsExactly(1);
        assertThat(rows.get(OMGAAN_MET_SCHAARSTE).positionsOf("c"))
                .as("position among visible ones")
                .containsExactly(2);
        assertThat(rows.get(MATCHEN).positions()).isEmpty();
        assertThat(rows.get(MATCHEN).shared() || rows.get(MATCHEN).gap()).isFalse();
    }

    @Test
    void columns_follow_the_requested_order_ranked_and_themes_are_counted_per_region() {
        assertThat(comparison.regions()).containsExactly(A, B, C, D);
        assertThat(comparison.columns().get(1).priorities())
                .extracting(Priority::rank)
                .containsExactly(1, 2, 3);
        assertThat(comparison.columns().get(0).own()).isTrue();
        assertThat(comparison.perTheme().get(Theme.AANTREKKEN))
                .containsExactly(Map.entry("a", 2), Map.entry("b", 1), Map.entry("c", 0), Map.entry("d", 0));
        assertThat(comparison.perTheme().get(Theme.BEHOUDEN))
                .containsEntry("a", 2)
                .containsEntry("b", 2)
                .containsEntry("c", 1);
        assertThat(comparison.perTheme().get(Theme.CONTINUEREN)).containsEntry("c", 1);
    }

    @Test
    void without_an_own_region_a_sub_theme_is_shared_by_two_regions_and_there_are_no_scores() {
        Comparison national = PriorityComparison.compare(List.of(B, C), null, FIXTURE);
        assertThat(national.ownRegionId()).isNull();
        assertThat(national.similarities()).isEmpty();
        assertThat(national.matrix())
                .filteredOn(Comparison.MatrixRow::shared)
                .extracting(Comparison.MatrixRow::topic)
                .containsExactly(Topic.of(VERZUIM_WERKGELUK));
        assertThat(national.matrix()).noneMatch(Comparison.MatrixRow::gap);
    }
}

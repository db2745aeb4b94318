package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestFindings;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A search by words alone takes V35's page and capped count (finding_search_page, finding_search_count): for random
 * findings of three regions (two of them neighbours), every scope, word and page equals the same search written
 * plainly under row-level security (the match checked on every readable finding: slow, but the policy decides).
 */
@SpringBootTest(classes = BackendTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingSearchTest extends DatabaseTest {

    private static final List<FindingScope> REGION_SCOPES =
            List.of(FindingScope.OWN, FindingScope.FEED, FindingScope.VISIBLE);

    @Autowired
    FindingService service;

    @Autowired
    SharedFindings shared;

    @Autowired
    Findings findings;

    @Autowired
    Tenancy tenancy;

    @Autowired
    DSLContext db;

    @Autowired
    RegionAdministration administration;

    List<String> regions;
    List<String> words;

    @BeforeAll
    void findings() {
        regions = TestRegions.several(administration, "zoek", 3);
        TestRegions.neighbours(administration, regions.get(0), regions.get(1));
        Random random = new Random(35);
        // letters only and new in each run, so that only this test's findings match (other tests share the database)
        words = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StringBuilder word = new StringBuilder("zoekwoord");
            random.ints(6, 'a', 'z' + 1).forEach(c -> word.append((char) c));
            new Random().ints(4, 'a', 'z' + 1).forEach(c -> word.append((char) c));
            words.add(word.toString());
        }
        for (String region : regions) {
            AsUser.lead(region).run(region, () -> {
                for (int i = 0; i < 14; i++) {
                    // the first word in most findings, the second in some, the third in few
                    StringBuilder title = new StringBuilder("Bevinding");
                    for (int w = 0; w < words.size(); w++) {
                        if (random.nextInt(words.size() + 1) < words.size() - w) {
                            title.append(' ').append(words.get(w));
                        }
                    }
                    Visibility visibility = Visibility.values()[random.nextInt(Visibility.values().length)];
                    Finding created =
                            service.create(TestFindings.draft(title.toString(), random.nextInt(4) > 0, visibility));
                    if (random.nextInt(7) == 0) {
                        service.delete(created.id());
                    }
                }
                // edited later, as findings are: their updated_at moves past their shared_at, so the own list's
                // order (last changed first) and the shared lists' (last shared first) differ
                for (Finding f : service.page(FindingScope.OWN, FindingFilter.NONE, 0, 200)) {
                    if (words.stream().anyMatch(f.title()::contains) && random.nextBoolean()) {
                        service.update(
                                f.id(),
                                f.revision(),
                                TestFindings.draft(f.title() + " (bijgewerkt)", f.published(), f.visibility()));
                    }
                }
            });
        }
    }

    @Test
    void the_orders_of_the_own_list_and_the_shared_lists_differ_here_so_the_comparisons_can_tell_them_apart() {
        String region = regions.get(0);
        List<Long> byChange = AsUser.lead(region)
                .call(region, () -> tenancy.inRegion(region, () -> plain(FindingScope.OWN, words.get(0))));
        List<Long> byShare = AsUser.lead(region)
                .call(
                        region,
                        () -> tenancy.inRegion(
                                region,
                                () -> db.select(FINDING.ID)
                                        .from(FINDING)
                                        .where(FINDING.ID.in(byChange))
                                        .orderBy(
                                                DSL.coalesce(FINDING.SHARED_AT, FINDING.UPDATED_AT)
                                                        .desc(),
                                                FINDING.ID.desc())
                                        .fetch(FINDING.ID)));
        assertThat(byShare).containsExactlyInAnyOrderElementsOf(byChange).isNotEqualTo(byChange);
    }

    @Test
    void a_search_by_words_finds_the_same_pages_and_count_as_the_plain_search_under_row_level_security() {
        int compared = 0;
        for (String region : regions) {
            for (FindingScope scope : REGION_SCOPES) {
                for (String word : words) {
                    FindingFilter filter = FindingFilter.text(word);
                    List<Long> expected = AsUser.member(region)
                            .call(region, () -> tenancy.inRegion(region, () -> plain(scope, word)));
                    for (int offset = 0; offset <= expected.size(); offset += 4) {
                        int from = offset;
                        List<Long> page =
                                AsUser.member(region).call(region, () -> ids(service.page(scope, filter, from, 4)));
                        assertThat(page)
                                .as("%s, %s, %s, from %d", region, scope, word, from)
                                .isEqualTo(expected.subList(from, Math.min(from + 4, expected.size())));
                        // the screen's call: the same page, and the number (not counted when the first page is
                        // not full) always the whole number of hits (fewer than the cap here)
                        FindingPage listed =
                                AsUser.member(region).call(region, () -> service.list(scope, filter, from, 4));
                        assertThat(ids(listed.items()))
                                .as("list, %s, %s, %s, from %d", region, scope, word, from)
                                .isEqualTo(page);
                        assertThat(listed.total())
                                .as("list's number, %s, %s, %s, from %d", region, scope, word, from)
                                .isEqualTo(FindingCount.exactly(expected.size()));
                    }
                    FindingCount total = AsUser.member(region).call(region, () -> service.total(scope, filter));
                    assertThat(total)
                            .as("%s, %s, %s", region, scope, word)
                            .isEqualTo(FindingCount.exactly(expected.size()));
                    FindingCount capped = AsUser.member(region)
                            .call(region, () -> tenancy.inRegion(region, () -> findings.count(scope, filter, 3)));
                    assertThat(capped)
                            .as("%s, %s, %s, counted up to 3", region, scope, word)
                            .isEqualTo(
                                    expected.size() > 3
                                            ? new FindingCount(3, false)
                                            : FindingCount.exactly(expected.size()));
                    // the first page and its number from one statement (Findings.searchHead), counted up to 3:
                    // with a page smaller than, equal to and larger than the cap
                    for (int limit : new int[] {2, 3, 4, 5}) {
                        int size = limit;
                        FindingPage head = AsUser.member(region)
                                .call(
                                        region,
                                        () -> tenancy.inRegion(
                                                region,
                                                () -> findings.list(
                                                        scope,
                                                        filter,
                                                        AsUser.member(region).username(),
                                                        0,
                                                        size,
                                                        3)));
                        assertThat(ids(head.items()))
                                .as("%s, %s, %s, first %d with the number up to 3", region, scope, word, limit)
                                .isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
                        assertThat(head.total())
                                .as("%s, %s, %s, first %d, number up to 3", region, scope, word, limit)
                                .isEqualTo(
                                        expected.size() > Math.max(3, limit - 1)
                                                ? new FindingCount(3, false)
                                                : FindingCount.exactly(expected.size()));
                    }
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("the searches found something to compare").isGreaterThan(20);
    }

    @Test
    void national_staff_find_the_same_findings_shared_with_all_as_the_plain_search() {
        AsUser national = AsUser.withRole(Role.NATIONAL);
        for (String word : words) {
            FindingFilter filter = FindingFilter.text(word);
            List<Long> expected =
                    national.call(null, () -> tenancy.national(() -> plain(FindingScope.SHARED_WITH_ALL, word)));
            assertThat(expected).as("shared with all, %s", word).isNotEmpty();
            assertThat(national.call(null, () -> ids(shared.page(filter, 0, 200))))
                    .isEqualTo(expected);
            assertThat(national.call(null, () -> shared.total(filter)))
                    .isEqualTo(FindingCount.exactly(expected.size()));
            for (int limit : List.of(1, expected.size(), expected.size() + 1)) {
                FindingPage listed = national.call(null, () -> shared.list(filter, 0, limit));
                assertThat(ids(listed.items())).isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
                assertThat(listed.total())
                        .as("national list's number, %s, %d a page", word, limit)
                        .isEqualTo(FindingCount.exactly(expected.size()));
            }
        }
    }

    @Test
    void a_search_with_another_filter_beside_the_words_counts_exactly() {
        String region = regions.get(0);
        FindingFilter drafts = new FindingFilter(words.get(0), null, null, null, null, false);
        List<Long> expected = AsUser.lead(region)
                .call(
                        region,
                        () -> tenancy.inRegion(
                                region,
                                () -> plain(FindingScope.OWN, words.get(0)).stream()
                                        .filter(id -> !db.fetchSingle(FINDING, FINDING.ID.eq(id))
                                                .getPublished())
                                        .toList()));
        assertThat(expected).as("drafts with the word").isNotEmpty();
        assertThat(AsUser.lead(region).call(region, () -> ids(service.page(FindingScope.OWN, drafts, 0, 200))))
                .isEqualTo(expected);
        assertThat(AsUser.lead(region).call(region, () -> service.total(FindingScope.OWN, drafts)))
                .isEqualTo(FindingCount.exactly(expected.size()));
    }

    @Test
    void a_nul_in_the_words_is_left_out_instead_of_reaching_the_database() {
        String region = regions.get(0);
        String word = words.get(0);
        String withNul = word.substring(0, 4) + "\u0000" + word.substring(4);
        FindingFilter filter = FindingFilter.text(withNul);
        assertThat(filter.text()).isEqualTo(word);
        assertThat(AsUser.member(region).call(region, () -> service.total(FindingScope.VISIBLE, filter)))
                .isEqualTo(AsUser.member(region)
                        .call(region, () -> service.total(FindingScope.VISIBLE, FindingFilter.text(word))));
        assertThat(FindingFilter.text("\u0000").text()).isNull();
    }

    /** The search as a plain query under row-level security, in the screen's order. */
    private List<Long> plain(FindingScope scope, String word) {
        Condition region = FINDING.REGION_ID.eq(DSL.field("current_region_id()", String.class));
        Condition inScope = switch (scope) {
            case OWN -> region;
            case FEED -> region.not().and(FINDING.PUBLISHED.isTrue()).and(FINDING.VISIBILITY.ne("OWN"));
            case VISIBLE -> DSL.noCondition();
            case SHARED_WITH_ALL -> FINDING.PUBLISHED.isTrue().and(FINDING.VISIBILITY.eq("ALL"));
        };
        return db.select(FINDING.ID)
                .from(FINDING)
                .where(
                        DSL.condition("search @@ websearch_to_tsquery('dutch', {0})", word),
                        FINDING.DELETED.isFalse(),
                        inScope)
                .orderBy(
                        scope == FindingScope.OWN
                                ? List.of(FINDING.UPDATED_AT.desc(), FINDING.ID.desc())
                                : List.of(
                                        DSL.coalesce(FINDING.SHARED_AT, FINDING.UPDATED_AT)
                                                .desc(),
                                        FINDING.ID.desc()))
                .fetch(FINDING.ID);
    }

    private static List<Long> ids(List<Finding> page) {
        return page.stream().map(Finding::id).toList();
    }
}

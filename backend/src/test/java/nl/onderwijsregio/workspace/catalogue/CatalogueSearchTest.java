package nl.onderwijsregio.workspace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.catalogue.source.CuratedCatalogue;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Searching the imported catalogue: Dutch stemming, typos, facets that narrow and count. */
@SpringBootTest(classes = BackendTestApplication.class)
class CatalogueSearchTest extends DatabaseTest {

    private static final AsUser MEMBER = AsUser.member(TestRegions.id("noordkust"));

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueImport importer;

    @Autowired
    Tenancy tenancy;

    @Test
    void the_partner_facet_names_the_vfpf_once_as_its_entries_do() {
        MEMBER.run(null, () -> {
            List<FacetCount> partners =
                    catalogue.search(CatalogueQuery.everything(), 0, 1).facets().get(Facet.PARTNER);
            assertThat(partners).extracting(FacetCount::label).noneMatch(label -> label.contains("Vvpf"));
            assertThat(partners)
                    .filteredOn(c -> c.value().equals("vfpf"))
                    .extracting(FacetCount::label)
                    .containsExactly("Vervangingsfonds Participatiefonds (Vfpf)");
        });
    }

    @Test
    void the_import_is_logged_in_dutch() {
        MEMBER.run(
                null,
                () -> assertThat(catalogue.changelog(10_000))
                        .filteredOn(c -> c.action().equals("RELEASE_IMPORTED"))
                        .isNotEmpty()
                        .allSatisfy(c ->
                                assertThat(c.summary()).matches(".*: \\d+ datapartners en \\d+ bronnen toegevoegd")));
    }

    @Test
    void the_whole_curated_catalogue_is_imported_once() {
        // Other tests add entries of their own (the maintainer's, accepted suggestions): count relative to now.
        CuratedCatalogue curated = CuratedCatalogue.load();
        int before = MEMBER.call(null, () -> catalogue.count(CatalogueQuery.everything()));
        tenancy.withoutRegion(() -> importer.load(curated));
        MEMBER.run(null, () -> {
            assertThat(catalogue.count(CatalogueQuery.everything()))
                    .as("loading again adds nothing")
                    .isEqualTo(before)
                    .isGreaterThanOrEqualTo(curated.entries().size());
            assertThat(curated.entries())
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat(catalogue.entry(entry.id()))
                            .as(entry.id())
                            .get()
                            .extracting(CatalogueEntry::retired)
                            .isEqualTo(false));
            assertThat(catalogue.partners()).hasSize(curated.partners().size());
            assertThat(catalogue.release())
                    .get()
                    .extracting(CatalogueRelease::version)
                    .isEqualTo(curated.version());
        });
    }

    @Test
    void verzuim_finds_the_absence_entries_of_duo_and_vfpf() {
        MEMBER.run(null, () -> {
            List<SearchHit> hits = catalogue.hits(CatalogueQuery.everything().withText("verzuim"), 0, 50);
            assertThat(hits.subList(0, 3))
                    .extracting(h -> h.entry().partnerId())
                    .contains("duo", "vfpf");
            assertThat(hits.subList(0, 3))
                    .allSatisfy(h -> assertThat(h.highlighted())
                            .containsIgnoringCase(SearchHit.START + "verzuim" + SearchHit.STOP));
        });
    }

    @Test
    void small_typos_still_find_entries() {
        MEMBER.run(
                null,
                () -> assertThat(catalogue.count(CatalogueQuery.everything().withText("vacaturs")))
                        .isPositive());
    }

    @Test
    void closed_and_po_narrow_the_result_and_every_hit_matches_both() {
        MEMBER.run(null, () -> {
            CatalogueQuery closedPo = CatalogueQuery.everything()
                    .with(Facet.ACCESS, Set.of("CLOSED"))
                    .with(Facet.SECTOR, Set.of("PO"));
            int all = catalogue.count(CatalogueQuery.everything());
            int closed = catalogue.count(CatalogueQuery.everything().with(Facet.ACCESS, Set.of("CLOSED")));
            List<SearchHit> hits = catalogue.hits(closedPo, 0, 200);
            assertThat(hits).isNotEmpty().hasSizeLessThan(closed);
            assertThat(closed).isLessThan(all);
            assertThat(hits).allSatisfy(h -> {
                assertThat(h.entry().access()).isEqualTo("CLOSED");
                assertThat(h.entry().sectors()).contains("PO");
            });
        });
    }

    @Test
    void facet_counts_add_up_and_ignore_their_own_filter() {
        MEMBER.run(null, () -> {
            CatalogueQuery oneTheme = new CatalogueQuery("", Map.of(Facet.THEME, Set.of("Kansengelijkheid")));
            SearchResult result = catalogue.search(oneTheme, 0, 10);
            int allEntries = catalogue.count(CatalogueQuery.everything());
            assertThat(result.facets().get(Facet.THEME).stream()
                            .mapToInt(FacetCount::count)
                            .sum())
                    .isEqualTo(allEntries);
            assertThat(result.facets().get(Facet.ACCESS).stream()
                            .mapToInt(FacetCount::count)
                            .sum())
                    .isEqualTo(result.total());
            assertThat(result.hits())
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.entry().sensitive()).isTrue());
        });
    }

    @Test
    void the_catalogue_is_public_but_its_history_naming_people_is_for_signed_in_users() {
        for (Role role : Role.values()) {
            AsUser.withRole(role)
                    .run(null, () -> assertThat(catalogue.partners()).isNotEmpty());
        }
        assertThat(catalogue.partners()).isNotEmpty();
        assertThat(catalogue
                        .search(CatalogueQuery.everything().withText("verzuim"), 0, 5)
                        .total())
                .isPositive();
        assertThat(catalogue.entry("e001")).isPresent();
        assertThatThrownBy(() -> catalogue.history("e001"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> catalogue.changelog(10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

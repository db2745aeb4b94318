package nl.onderwijsregio.workspace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The maintainer edits, adds and retires entries; every change is versioned; nobody else may. */
@SpringBootTest(classes = BackendTestApplication.class)
class CatalogueMaintenanceTest extends DatabaseTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);

    @Autowired
    CatalogueMaintenance maintenance;

    @Autowired
    CatalogueService catalogue;

    /** An entry of this test's own (the curated ones stay as they are for the other tests), retired afterwards. */
    private String ownEntry(String information) {
        return maintenance
                .add(new EntryChange(
                        "Aantrekken",
                        "Werven",
                        information,
                        "Regionaal loket",
                        "Onderwijsregio",
                        null,
                        null,
                        "CLOSED",
                        List.of("PO"),
                        List.of("ONDERWIJSREGIO"),
                        null))
                .id();
    }

    @Test
    void an_edit_raises_the_revision_and_is_in_the_history_and_changelog() {
        MAINTAINER.run(null, () -> {
            String id = ownEntry("Te bewerken bron (proef)");
            CatalogueEntry before = catalogue.entry(id).orElseThrow();
            EntryChange change = EntryChange.of(before);
            CatalogueEntry after = maintenance.update(
                    id,
                    before.revision(),
                    new EntryChange(
                            change.theme(),
                            change.subTheme(),
                            change.information() + " (bijgewerkt)",
                            change.source(),
                            change.level(),
                            change.link(),
                            change.navigationHint(),
                            change.access(),
                            change.sectors(),
                            change.granularities(),
                            change.partnerId()));
            assertThat(after.revision()).isEqualTo(before.revision() + 1);
            assertThat(after.information()).endsWith("(bijgewerkt)");
            assertThat(after.updatedBy()).isEqualTo("Test catalogue-admin");
            assertThat(catalogue.history(id)).first().satisfies(c -> {
                assertThat(c.action()).isEqualTo("ENTRY_CHANGED");
                assertThat(c.summary()).isEqualTo("Gewijzigd: informatie");
            });
            assertThat(catalogue.changelog(5))
                    .extracting(CatalogueChange::subject)
                    .contains(id);
            maintenance.retire(id, "Was een proef");
        });
    }

    @Test
    void a_stale_edit_is_refused_and_loses_nothing() {
        MAINTAINER.run(null, () -> {
            String id = ownEntry("Tegelijk bewerkte bron (proef)");
            CatalogueEntry entry = catalogue.entry(id).orElseThrow();
            EntryChange change = EntryChange.of(entry);
            EntryChange first = new EntryChange(
                    change.theme(),
                    change.subTheme(),
                    "Eerste versie",
                    change.source(),
                    null,
                    null,
                    null,
                    "OPEN",
                    List.of(),
                    List.of(),
                    null);
            maintenance.update(id, entry.revision(), first);
            assertThatThrownBy(() -> maintenance.update(
                            id,
                            entry.revision(),
                            new EntryChange(
                                    change.theme(),
                                    null,
                                    "Tweede versie",
                                    change.source(),
                                    null,
                                    null,
                                    null,
                                    "OPEN",
                                    List.of(),
                                    List.of(),
                                    null)))
                    .isInstanceOf(CatalogueConflictException.class)
                    .hasMessageContaining("intussen");
            assertThat(catalogue.entry(id))
                    .get()
                    .extracting(CatalogueEntry::information)
                    .isEqualTo("Eerste versie");
            maintenance.retire(id, "Was een proef");
        });
    }

    @Test
    void invalid_input_gets_dutch_messages() {
        MAINTAINER.run(
                null,
                () -> assertThatThrownBy(() -> maintenance.add(new EntryChange(
                                "Aantrekken", null, "", "", null, "ftp://x", null, "OPEN", List.of(), List.of(), null)))
                        .isInstanceOf(ConstraintViolationException.class)
                        .hasMessageContaining("Beschrijf welke informatie het is.")
                        .hasMessageContaining("Geef een webadres"));
    }

    @Test
    void a_new_entry_is_findable_and_a_retired_one_is_not() {
        MAINTAINER.run(null, () -> {
            CatalogueEntry added = maintenance.add(new EntryChange(
                    "Aantrekken",
                    "Werven",
                    "Zij-instromers per regio (proef)",
                    "Regionaal loket",
                    "Onderwijsregio",
                    null,
                    null,
                    "CLOSED",
                    List.of("PO"),
                    List.of("ONDERWIJSREGIO"),
                    null));
            assertThat(catalogue.count(CatalogueQuery.everything().withText("zij-instromers proef")))
                    .isEqualTo(1);
            maintenance.retire(added.id(), "Was een proef");
            assertThat(catalogue.count(CatalogueQuery.everything().withText("zij-instromers proef")))
                    .isZero();
            assertThat(catalogue.entry(added.id()))
                    .get()
                    .extracting(CatalogueEntry::retired)
                    .isEqualTo(true);
            assertThat(catalogue.history(added.id()))
                    .extracting(CatalogueChange::action)
                    .containsExactly("ENTRY_RETIRED", "ENTRY_ADDED");
        });
    }

    @Test
    void region_members_and_national_staff_cannot_edit() {
        for (AsUser person : List.of(
                AsUser.lead(TestRegions.id("noordkust")),
                AsUser.withRole(Role.NATIONAL),
                AsUser.withRole(Role.PLATFORM_ADMIN))) {
            assertThatThrownBy(() -> person.run(null, () -> maintenance.retire("e001", "nee")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_repeated_search_sees_an_edit_made_in_between() {
        CatalogueQuery query = CatalogueQuery.everything().withText("herhaalde zoekvraag");
        MAINTAINER.run(null, () -> {
            assertThat(catalogue.search(query, 0, 25).total()).isZero();
            assertThat(catalogue.search(query, 0, 25)).isSameAs(catalogue.search(query, 0, 25));
            CatalogueEntry added = maintenance.add(new EntryChange(
                    "Behouden",
                    "Begeleiden",
                    "Herhaalde zoekvraag (proef)",
                    "Regionaal loket",
                    "Onderwijsregio",
                    null,
                    null,
                    "OPEN",
                    List.of("VO"),
                    List.of("ONDERWIJSREGIO"),
                    null));
            SearchResult after = catalogue.search(query, 0, 25);
            assertThat(after.hits()).extracting(h -> h.entry().id()).containsExactly(added.id());
            assertThat(after.facets().get(Facet.THEME))
                    .filteredOn(c -> c.count() > 0)
                    .extracting(FacetCount::value)
                    .containsExactly("Behouden");
            maintenance.retire(added.id(), "Was een proef");
            assertThat(catalogue.search(query, 0, 25).total()).isZero();
        });
    }
}

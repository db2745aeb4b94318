package nl.onderwijsregio.workspace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Regions suggest, the maintainer decides, the region sees the outcome; other regions see nothing of it. */
@SpringBootTest(classes = BackendTestApplication.class)
class CatalogueSuggestionsTest extends DatabaseTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);
    private static final String STEDENBAND = TestRegions.id("stedenband");
    private static final String RIVIERENLAND = TestRegions.id("rivierenland");
    private static final String VEENLAND = TestRegions.id("veenland");
    private static final String NOORDKUST = TestRegions.id("noordkust");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, STEDENBAND, RIVIERENLAND, VEENLAND, NOORDKUST);
    }

    @Autowired
    CatalogueSuggestions suggestions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_source_is_suggested_accepted_and_credited_to_the_region() {
        Suggestion suggested = AsUser.member(STEDENBAND)
                .call(STEDENBAND, () -> suggestions.suggest(null, "Monitor zij-instroom van de gemeente Stedenstad"));
        long theirs = AsUser.lead(RIVIERENLAND)
                .call(RIVIERENLAND, () -> suggestions.suggest(null, "Een bron van een andere regio"))
                .id();
        assertThat(AsUser.lead(RIVIERENLAND).call(RIVIERENLAND, () -> suggestions.ownRegion()))
                .extracting(Suggestion::id)
                .contains(theirs)
                .doesNotContain(suggested.id());

        Suggestion accepted = MAINTAINER.call(null, () -> {
            assertThat(suggestions.queue()).extracting(Suggestion::id).contains(suggested.id());
            return suggestions.accept(
                    suggested.id(),
                    new EntryChange(
                            "Aantrekken",
                            "Werven",
                            "Monitor zij-instroom (Stedenstad)",
                            "Gemeente Stedenstad",
                            "Gemeente",
                            null,
                            null,
                            "CLOSED",
                            List.of(),
                            List.of("GEMEENTE"),
                            null),
                    0);
        });
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.decisionNote().dutch()).contains(TestRegions.name(STEDENBAND));

        AsUser.member(STEDENBAND).run(STEDENBAND, () -> {
            Suggestion outcome = suggestions.ownRegion().stream()
                    .filter(s -> s.id() == suggested.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(outcome.status()).isEqualTo("ACCEPTED");
            assertThat(catalogue.entry(outcome.appliedEntry()))
                    .get()
                    .extracting(CatalogueEntry::information)
                    .isEqualTo("Monitor zij-instroom (Stedenstad)");
        });
    }

    @Test
    void a_correction_is_declined_with_a_reason_only() {
        Suggestion suggested =
                AsUser.lead(VEENLAND).call(VEENLAND, () -> suggestions.suggest("e001", "De link is verouderd."));
        MAINTAINER.run(null, () -> {
            assertThatThrownBy(() -> suggestions.decline(suggested.id(), " "))
                    .isInstanceOf(CatalogueConflictException.class)
                    .hasMessageContaining("reden");
            suggestions.decline(suggested.id(), "De link werkt nog; zie de vindplaats.");
            assertThatThrownBy(() -> suggestions.decline(suggested.id(), "nogmaals"))
                    .hasMessageContaining("al besloten");
        });
        AsUser.lead(VEENLAND)
                .run(
                        VEENLAND,
                        () -> assertThat(suggestions.ownRegion())
                                .filteredOn(s -> s.id() == suggested.id())
                                .singleElement()
                                .satisfies(s ->
                                        assertThat(s.decisionNote().dutch()).startsWith("De link werkt nog")));
    }

    @Test
    void only_the_maintainer_sees_the_queue_and_decides() {
        assertThatThrownBy(() -> AsUser.lead(NOORDKUST).run(NOORDKUST, () -> suggestions.queue()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.withRole(Role.NATIONAL).run(null, () -> suggestions.suggest(null, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_database_hides_other_regions_suggestions_outside_the_review_scope() {
        long id = AsUser.member(NOORDKUST)
                .call(NOORDKUST, () -> suggestions.suggest(null, "Alleen van Noordkust"))
                .id();
        assertThat(AsUser.member(NOORDKUST).call(NOORDKUST, () -> suggestions.ownRegion()))
                .as("the region sees its own suggestion")
                .extracting(Suggestion::id)
                .contains(id);
        Integer seenWithoutScope = jdbc.queryForObject("select count(*) from catalogue_suggestion", Integer.class);
        assertThat(seenWithoutScope).isZero();
    }
}

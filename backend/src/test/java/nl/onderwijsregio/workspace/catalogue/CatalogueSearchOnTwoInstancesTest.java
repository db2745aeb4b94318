package nl.onderwijsregio.workspace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.TwoInstances;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the app on one database, each with its own search cache: an edit of the catalogue on one is found
 * by a search on the other within a second (every cached result is tied to the catalogue's version).
 */
class CatalogueSearchOnTwoInstancesTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private final TwoInstances instances = TwoInstances.get();

    @Test
    void an_entry_edited_on_one_instance_is_found_on_the_other_within_a_second() {
        String word = "tweelingbron" + System.nanoTime();
        CatalogueQuery byWord = new CatalogueQuery(word, Map.of());
        CatalogueQuery everything = CatalogueQuery.everything();
        CatalogueService onSecond = instances.second().getBean(CatalogueService.class);
        CatalogueMaintenance onFirst = instances.first().getBean(CatalogueMaintenance.class);

        MAINTAINER.run(null, () -> {
            int before = onSecond.search(everything, 0, 1).total();
            assertThat(before).isPositive();
            // Cached on the second instance: nothing yet, and the whole catalogue without the new entry.
            assertThat(onSecond.search(byWord, 0, 10).total()).isZero();
            assertThat(onSecond.search(byWord, 0, 10).total()).isZero();

            String id = onFirst.add(new EntryChange(
                            "Aantrekken",
                            "Werven",
                            "Bron op de eerste instantie " + word,
                            "Regionaal loket",
                            "Onderwijsregio",
                            null,
                            null,
                            "OPEN",
                            List.of("PO"),
                            List.of("ONDERWIJSREGIO"),
                            null))
                    .id();
            long edited = System.nanoTime();

            SearchResult found = firstWithin(() -> onSecond.search(byWord, 0, 10), r -> r.total() == 1);
            assertThat(Duration.ofNanos(System.nanoTime() - edited)).isLessThan(WITHIN);
            assertThat(found.hits()).extracting(h -> h.entry().id()).containsExactly(id);
            assertThat(onSecond.search(everything, 0, 1).total()).isEqualTo(before + 1);

            onFirst.retire(id, "Proef op twee instanties");
            firstWithin(() -> onSecond.search(everything, 0, 1), r -> r.total() == before);
        });
    }

    private static SearchResult firstWithin(
            java.util.function.Supplier<SearchResult> search, java.util.function.Predicate<SearchResult> done) {
        long until = System.nanoTime() + WITHIN.toNanos();
        SearchResult result = search.get();
        while (!done.test(result) && System.nanoTime() < until) {
            Thread.onSpinWait();
            result = search.get();
        }
        assertThat(done.test(result))
                .as("the other instance sees the change within %s", WITHIN)
                .isTrue();
        return result;
    }
}

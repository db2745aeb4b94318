package nl.onderwijsregio.workspace.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The national template: maintainers saving at once never overwrite each other silently. */
@SpringBootTest(classes = BackendTestApplication.class)
class AnalysisTemplateServiceTest extends DatabaseTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);

    @Autowired
    AnalysisTemplateService templates;

    @Test
    void of_many_maintainers_saving_from_the_same_template_exactly_one_wins() throws Exception {
        List<TemplateChapter> original = MAINTAINER.call(null, templates::chapters);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = "Inleiding van schrijver " + i;
                Callable<Boolean> save = () -> {
                    List<TemplateChapter> mine = new ArrayList<>(original);
                    TemplateChapter first = mine.getFirst();
                    mine.set(0, new TemplateChapter(title, first.guidance(), first.themes(), first.subThemes(), false));
                    try {
                        MAINTAINER.run(null, () -> templates.replace(original, mine));
                        return true;
                    } catch (AnalysisConflictException e) {
                        return false;
                    }
                };
                results.add(pool.submit(save));
            }
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            List<TemplateChapter> now = MAINTAINER.call(null, templates::chapters);
            assertThat(now).hasSameSizeAs(original);
            assertThat(now.getFirst().title()).startsWith("Inleiding van schrijver ");
            assertThat(now.subList(1, now.size())).isEqualTo(original.subList(1, original.size()));
        } finally {
            pool.shutdownNow();
            MAINTAINER.run(null, () -> templates.replace(templates.chapters(), original));
        }
    }
}

package nl.onderwijsregio.workspace.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Year;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.shell.NotFoundView;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.SubTheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The section Analyse: the empty state for the lead and for members, starting an edition, shaping the chapters
 * (Omlaag, removing after a confirmation naming the chapter), establishing with sharing, and what neighbours and
 * other regions see of a shared version. Every test makes its own regions.
 */
class AnalysisViewTest extends BrowserlessUiTest {

    @Autowired
    AnalysisService analyses;

    @Autowired
    RegionAdministration administration;

    private String region(String base) {
        String id = TestRegions.id(base);
        TestRegions.create(administration, id);
        return id;
    }

    private Analysis started(String region) {
        return AsUser.lead(region).call(region, () -> analyses.start("Analyse (scherm)", false));
    }

    @Test
    void without_an_edition_members_read_who_starts_it_and_the_lead_gets_a_named_start() {
        String region = region("leeg");
        inTab(AsUser.member(region), region, () -> {
            navigate(AnalysisView.class);
            Div empty = find(Div.class).id("analysis-empty");
            assertThat(empty.getElement().getTextRecursively()).contains("De regiotrekker van je regio begint");
            assertThat(find(Button.class).withId("start-edition").exists()).isFalse();
            assertThat(find(TextField.class).withId("edition-name").exists()).isFalse();
        });
        inTab(AsUser.lead(region), region, () -> {
            navigate(AnalysisView.class);
            Div empty = find(Div.class).id("analysis-empty");
            assertThat(empty.getElement().getTextRecursively()).contains("Begin er een");
            assertThat(find(TextField.class).id("edition-name").getValue())
                    .isEqualTo("Arbeidsmarktanalyse " + Year.now(AnalysisFormat.AMSTERDAM));
            assertThat(find(Button.class).id("start-edition").getText()).isEqualTo("Begin editie");
            assertThat(find(Button.class).withId("start-from-latest").exists())
                    .as("nothing to build on yet")
                    .isFalse();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_starts_an_edition_with_the_eleven_template_chapters() {
        String region = region("begin");
        inTab(AsUser.lead(region), region, () -> {
            navigate(AnalysisView.class);
            test(find(TextField.class).id("edition-name")).setValue("Arbeidsmarktanalyse 2026 (scherm)");
            test(find(Button.class).id("start-edition")).click();

            assertThat(find(H2.class).id("edition-heading").getText()).isEqualTo("Arbeidsmarktanalyse 2026 (scherm)");
            assertThat(find(Span.class).id("analysis-status").getText()).isEqualTo("Concept");
            Grid<Chapter> grid = find(Grid.class).id("chapters");
            assertThat(test(grid).size()).isEqualTo(11);
            assertThat(test(grid).getRow(0).title()).isEqualTo("Inleiding en de regio");
            assertThat(test(grid).getRow(10).title()).isEqualTo("Bronnenverantwoording");
            assertThat(test(grid).getRow(10).generated()).isTrue();
            assertThat(find(Button.class).id("to-review").getText()).isEqualTo("Ter bespreking leggen");
            assertThat(find(Button.class).id("establish").getText()).isEqualTo("Vaststellen");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_moves_a_chapter_down_with_the_keyboard_button_and_removes_one_after_confirming() {
        String region = region("volgorde");
        Analysis analysis = started(region);
        Chapter first = analysis.chapters().get(0);
        Chapter second = analysis.chapters().get(1);
        inTab(AsUser.lead(region), region, () -> {
            navigate(AnalysisView.class);
            Grid<Chapter> grid = find(Grid.class).id("chapters");
            Button down = button(grid, 0, "down-" + first.id());
            assertThat(down.getAriaLabel()).contains("Omlaag: " + first.title());
            test(down).click();
            List<Long> order = analyses.analysis(analysis.id()).chapters().stream()
                    .map(Chapter::id)
                    .toList();
            assertThat(order.subList(0, 2)).containsExactly(second.id(), first.id());

            grid = find(Grid.class).id("chapters");
            test(button(grid, 0, "remove-" + second.id())).click();
            ConfirmDialog confirm = find(ConfirmDialog.class).single();
            assertThat(test(confirm).getText()).contains("‘" + second.title() + "’");
            test(confirm).cancel();
            assertThat(analyses.analysis(analysis.id()).chapter(second.id())).isPresent();

            test(button(grid, 0, "remove-" + second.id())).click();
            test(find(ConfirmDialog.class).single()).confirm();
            assertThat(analyses.analysis(analysis.id()).chapter(second.id())).isEmpty();
            assertThat(test((Grid<Chapter>) find(Grid.class).id("chapters")).size())
                    .isEqualTo(10);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_narrows_a_chapter_to_sub_themes_and_the_row_says_so() {
        String region = region("subthema");
        Analysis analysis = started(region);
        Chapter behouden = analysis.chapters().stream()
                .filter(c -> c.title().equals("Behouden"))
                .findFirst()
                .orElseThrow();
        int row = analysis.chapters().indexOf(behouden);
        inTab(AsUser.lead(region), region, () -> {
            navigate(AnalysisView.class);
            Grid<Chapter> grid = find(Grid.class).id("chapters");
            Button retag = button(grid, row, "retag-" + behouden.id());
            assertThat(retag.getAriaLabel()).contains("Thema's kiezen: Behouden");
            test(retag).click();
            MultiSelectComboBox<SubTheme> subThemes =
                    find(MultiSelectComboBox.class).id("retag-chapter-sub-themes");
            assertThat(subThemes.getValue())
                    .containsExactlyInAnyOrder(
                            SubTheme.BEGELEIDEN, SubTheme.PROFESSIONALISEREN, SubTheme.VERZUIM_WERKGELUK);
            subThemes.setValue(Set.of(SubTheme.BEGELEIDEN));
            test(find(Button.class).id("save-retag")).click();

            Chapter saved =
                    analyses.analysis(analysis.id()).chapter(behouden.id()).orElseThrow();
            assertThat(saved.subThemes()).containsExactly(SubTheme.BEGELEIDEN);
            assertThat(saved.body()).isEqualTo(behouden.body());
            Grid<Chapter> after = find(Grid.class).id("chapters");
            assertThat(((Div) test(after).getCellComponent(row, 1)).getElement().getTextRecursively())
                    .contains("Thema's: Behouden (Begeleiden)");
        });
    }

    @Test
    void a_member_gets_no_shaping_or_status_buttons() {
        String region = region("lid");
        Analysis analysis = started(region);
        inTab(AsUser.member(region), region, () -> {
            navigate(AnalysisView.class);
            assertThat(find(Button.class).withId("add-chapter").exists()).isFalse();
            assertThat(find(Button.class).withId("establish").exists()).isFalse();
            assertThat(find(Button.class)
                            .withId("down-" + analysis.chapters().getFirst().id())
                            .exists())
                    .isFalse();
        });
    }

    @Test
    void establishing_with_the_neighbours_lists_the_release_with_its_sharing() {
        String region = region("vaststellen");
        Analysis analysis = started(region);
        Chapter first = analysis.chapters().getFirst();
        inTab(AsUser.lead(region), region, () -> {
            analyses.save(first.id(), first.revision(), first.title(), "De regio in **cijfers**.");
            navigate(AnalysisView.class);
            test(find(Button.class).id("establish")).click();
            test(find(Checkbox.class).id("share-neighbours")).click();
            assertThat(find(Paragraph.class)
                            .withText("Deel je niet, dan leest niemand buiten je regio iets van de tekst. Landelijk"
                                    + " zijn alleen de status en de aantallen zichtbaar.")
                            .exists())
                    .isTrue();
            test(find(Button.class).id("confirm-establish")).click();

            Analysis after = analyses.analysis(analysis.id());
            assertThat(after.status()).isEqualTo(AnalysisStatus.VASTGESTELD);
            Release release = after.releases().getFirst();
            assertThat(release.sharedNeighbours()).isTrue();
            assertThat(release.sharedNational()).isFalse();
            assertThat(find(ListItem.class)
                            .id("release-" + release.id())
                            .getElement()
                            .getTextRecursively())
                    .contains("Versie 1 lezen")
                    .contains("Gedeeld met de buurregio's");
            assertThat(find(Span.class).id("analysis-status").getText()).isEqualTo("Vastgesteld");
            assertThat(find(Button.class).id("next-version").getText()).isEqualTo("Nieuwe versie beginnen");
            assertThat(find(Paragraph.class).id("analysis-next-version").getText())
                    .as("shaping the chapters now starts the next version: said before, not after")
                    .contains("begint versie 2 als concept");

            test(find(Button.class).id("share-" + release.id())).click();
            test(find(Checkbox.class).id("share-neighbours")).click();
            test(find(Button.class).id("confirm-share")).click();
            assertThat(find(Span.class).id("release-sharing-" + release.id()).getText())
                    .isEqualTo("Niet gedeeld: alleen je regio leest deze versie");
        });
    }

    @Test
    void a_neighbour_reads_a_shared_release_and_a_non_neighbour_does_not_see_it() {
        String author = region("auteur");
        String neighbour = region("buur");
        String stranger = region("vreemde");
        TestRegions.neighbours(administration, author, neighbour);
        Analysis analysis = started(author);
        Chapter first = analysis.chapters().getFirst();
        Release release = AsUser.lead(author).call(author, () -> {
            analyses.save(first.id(), first.revision(), first.title(), "Wat de buren mogen *lezen*.");
            return analyses.changeStatus(analysis.id(), analysis.revision(), AnalysisStatus.VASTGESTELD, true, false)
                    .releases()
                    .getFirst();
        });
        String linkText = TestRegions.name(author) + ": Analyse (scherm), versie 1";
        inTab(AsUser.member(neighbour), neighbour, () -> {
            navigate(AnalysisView.class);
            RouterLink link = find(RouterLink.class).withText(linkText).single();
            test(link).click();
            String html = find(Div.class).id("release-chapter-1").getElement().getProperty("innerHTML");
            assertThat(html).contains("<em>lezen</em>");
            java.util.concurrent.Executor before = AnalysisExports.background;
            AnalysisExports.background = Runnable::run;
            try {
                test(find(Button.class).id("export-md")).click();
            } finally {
                AnalysisExports.background = before;
            }
            assertThat(find(Anchor.class).id("export-link").getElement().getAttribute("download"))
                    .endsWith(".md");
        });
        inTab(AsUser.member(stranger), stranger, () -> {
            navigate(AnalysisView.class);
            assertThat(find(RouterLink.class).withText(linkText).exists()).isFalse();
            assertThat(find(Paragraph.class).id("shared-empty").isVisible()).isTrue();
            navigate("analyse/versie/" + release.id(), NotFoundView.class);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_builds_a_new_edition_on_the_previous_one_and_picks_between_editions() {
        String region = region("edities");
        Analysis first = started(region);
        Chapter chapter = first.chapters().getFirst();
        AsUser.lead(region)
                .run(region, () -> analyses.save(chapter.id(), chapter.revision(), chapter.title(), "Overgenomen."));
        inTab(AsUser.lead(region), region, () -> {
            navigate(AnalysisView.class);
            find(Details.class).id("new-edition").setOpened(true);
            TextField name = find(TextField.class).id("edition-name");
            test(name).setValue("Analyse (scherm)");
            test(find(Button.class).id("start-from-latest")).click();
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo("Er bestaat al een editie met de naam ‘Analyse (scherm)’.");

            test(name).setValue("Analyse 2027 (scherm)");
            test(find(Button.class).id("start-from-latest")).click();
            assertThat(find(H2.class).id("edition-heading").getText()).isEqualTo("Analyse 2027 (scherm)");
            Analysis second = analyses.current().orElseThrow();
            assertThat(second.chapters().getFirst().body()).isEqualTo("Overgenomen.");

            Select<Long> picker = find(Select.class).id("edition-picker");
            assertThat(picker.getValue()).isEqualTo(second.id());
            test(picker).selectItem("Analyse (scherm)");
            assertThat(find(H2.class).id("edition-heading").getText()).isEqualTo("Analyse (scherm)");
        });
    }

    @Test
    void an_export_runs_in_the_background_with_progress_and_then_offers_the_file() {
        String region = region("export");
        Analysis analysis = started(region);
        Chapter first = analysis.chapters().getFirst();
        List<Runnable> queued = new java.util.ArrayList<>();
        java.util.concurrent.Executor before = AnalysisExports.background;
        AnalysisExports.background = queued::add;
        try {
            inTab(AsUser.member(region), region, () -> {
                analyses.save(first.id(), first.revision(), first.title(), "Wat de regio **weet**.");
                navigate(AnalysisView.class);
                test(find(Button.class).id("export-md")).click();
                assertThat(find(ProgressBar.class).id("export-progress").isVisible())
                        .isTrue();
                assertThat(find(Span.class).id("export-status").getText())
                        .isEqualTo("Bezig met de export als Markdown …");
                assertThat(find(Button.class).id("export-docx").isEnabled()).isFalse();
                assertThat(find(Anchor.class).withId("export-link").exists()).isFalse();

                assertThat(queued).hasSize(1);
                queued.getFirst().run();
                assertThat(find(ProgressBar.class).withId("export-progress").exists())
                        .as("the progress bar is gone")
                        .isFalse();
                Anchor link = find(Anchor.class).id("export-link");
                assertThat(link.getText()).startsWith("Download ").endsWith(".md");
                assertThat(link.getElement().getAttribute("download")).endsWith(".md");
                assertThat(find(Button.class).id("export-docx").isEnabled()).isTrue();
            });
        } finally {
            AnalysisExports.background = before;
        }
    }

    private Button button(Grid<Chapter> grid, int row, String id) {
        Div actions = (Div) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }
}

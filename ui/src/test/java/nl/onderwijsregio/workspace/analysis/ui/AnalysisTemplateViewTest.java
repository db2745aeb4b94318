package nl.onderwijsregio.workspace.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.analysis.AnalysisTemplateService;
import nl.onderwijsregio.workspace.analysis.TemplateChapter;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The national chapter template: the catalogue maintainer edits and saves it with Dutch validation; a lead may not. */
class AnalysisTemplateViewTest extends BrowserlessUiTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);

    @Autowired
    AnalysisTemplateService templates;

    @Autowired
    RegionAdministration administration;

    @Test
    @SuppressWarnings("unchecked")
    void the_catalogue_maintainer_saves_the_template_with_dutch_validation_at_the_field() {
        List<TemplateChapter> original = MAINTAINER.call(null, templates::chapters);
        try {
            MAINTAINER.run(null, () -> {
                navigate(AnalysisTemplateView.class);
                assertThat(find(Paragraph.class).id("template-note").getText())
                        .contains("geldt alleen voor edities die daarna beginnen");
                TextField first = find(TextField.class).id("template-title-0");
                assertThat(first.getValue()).isEqualTo(original.getFirst().title());

                test(first).setValue("");
                test(find(Button.class).id("template-save")).click();
                assertThat(first.isInvalid()).isTrue();
                assertThat(first.getErrorMessage()).isEqualTo("Geef het hoofdstuk een titel.");
                assertThat(templates.chapters().getFirst().title())
                        .isEqualTo(original.getFirst().title());

                test(first).setValue("Inleiding (sjabloon)");
                test(find(Button.class).id("template-down-0")).click();
                test(find(Button.class).id("template-add")).click();
                test(find(TextField.class).id("template-title-" + original.size()))
                        .setValue("Extra hoofdstuk (sjabloon)");
                MultiSelectComboBox<SubTheme> subThemes =
                        find(MultiSelectComboBox.class).id("template-sub-themes-" + original.size());
                subThemes.setValue(Set.of(SubTheme.WERVEN));
                test(find(Button.class).id("template-save")).click();

                List<TemplateChapter> saved = templates.chapters();
                assertThat(saved).hasSize(original.size() + 1);
                assertThat(saved.get(1).title()).isEqualTo("Inleiding (sjabloon)");
                assertThat(saved.get(0).title()).isEqualTo(original.get(1).title());
                assertThat(saved.getLast().title()).isEqualTo("Extra hoofdstuk (sjabloon)");
                assertThat(saved.getLast().subThemes()).containsExactly(SubTheme.WERVEN);
                assertThat(saved.getLast().themes())
                        .as("a sub-theme brings its theme")
                        .containsExactly(Theme.AANTREKKEN);

                test(find(Button.class).id("template-remove-" + original.size()))
                        .click();
                ConfirmDialog confirm = find(ConfirmDialog.class).single();
                assertThat(test(confirm).getText()).contains("‘Extra hoofdstuk (sjabloon)’");
                test(confirm).confirm();
                assertThat(find(TextField.class)
                                .withId("template-title-" + original.size())
                                .exists())
                        .isFalse();
            });
        } finally {
            MAINTAINER.run(null, () -> templates.replace(templates.chapters(), original));
        }
    }

    @Test
    void a_save_over_another_maintainers_newer_template_is_refused_and_overwrites_nothing() {
        List<TemplateChapter> original = MAINTAINER.call(null, templates::chapters);
        try {
            MAINTAINER.run(null, () -> {
                navigate(AnalysisTemplateView.class);
                test(find(TextField.class).id("template-title-0")).setValue("Mijn inleiding");
                List<TemplateChapter> theirs = new java.util.ArrayList<>(original);
                TemplateChapter first = theirs.getFirst();
                theirs.set(
                        0,
                        new TemplateChapter(
                                "Hun inleiding", first.guidance(), first.themes(), first.subThemes(), false));
                templates.replace(original, theirs);

                test(find(Button.class).id("template-save")).click();
                assertThat(find(Paragraph.class).id("template-error").getText())
                        .contains("Iemand anders heeft het sjabloon intussen opgeslagen");
                assertThat(templates.chapters().getFirst().title()).isEqualTo("Hun inleiding");
            });
        } finally {
            MAINTAINER.run(null, () -> templates.replace(templates.chapters(), original));
        }
    }

    @Test
    void a_lead_is_refused() {
        String region = TestRegions.id("sjabloon");
        TestRegions.create(administration, region);
        inTab(AsUser.lead(region), region, () -> {
            navigate("analyse/sjabloon", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }
}

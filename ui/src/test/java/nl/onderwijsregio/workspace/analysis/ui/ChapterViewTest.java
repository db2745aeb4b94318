package nl.onderwijsregio.workspace.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writing a chapter: the live preview renders Markdown and reads citations as what they name, a save keeps a version,
 * a stale save keeps the typed text and offers the comparison, suggestions attach (and cite) evidence.
 */
class ChapterViewTest extends BrowserlessUiTest {

    @Autowired
    AnalysisService analyses;

    @Autowired
    FindingService findings;

    @Autowired
    RegionAdministration administration;

    /** A fresh region with an edition and one finding about Behouden; answers the Behouden chapter. */
    private Fixture fixture(String base) {
        String region = TestRegions.id(base);
        TestRegions.create(administration, region);
        return AsUser.lead(region).call(region, () -> {
            Analysis analysis = analyses.start("Analyse (hoofdstuk)", false);
            Chapter behouden = analysis.chapters().stream()
                    .filter(c -> c.title().equals("Behouden"))
                    .findFirst()
                    .orElseThrow();
            Finding finding = findings.create(new FindingDraft(
                    "Starters vertrekken in het eerste jaar (scherm)",
                    "Uit de exitgesprekken.",
                    Theme.BEHOUDEN,
                    SubTheme.BEGELEIDEN,
                    FindingKind.SCHOOLBEZOEK,
                    LocalDate.of(2026, 4, 1),
                    null,
                    Set.of(),
                    List.of(),
                    List.of(),
                    true,
                    Visibility.OWN));
            return new Fixture(region, analysis, behouden, finding);
        });
    }

    record Fixture(String region, Analysis analysis, Chapter chapter, Finding finding) {
        EvidenceRef ref() {
            return new EvidenceRef(EvidenceKind.FINDING, String.valueOf(finding.id()));
        }
    }

    @Test
    void a_member_writes_with_a_live_preview_that_renders_markdown_and_resolves_a_citation_and_saves() {
        Fixture f = fixture("schrijven");
        inTab(AsUser.member(f.region()), f.region(), () -> {
            navigate("analyse/hoofdstuk/" + f.chapter().id(), ChapterView.class);
            assertThat(find(TextField.class).withId("chapter-title").exists())
                    .as("only the lead renames")
                    .isFalse();
            test(find(TextArea.class).id("chapter-body"))
                    .setValue("Starters gaan **snel** weg [[bevinding:"
                            + f.finding().id() + "]].\n\n<script>x</script>");
            String html = find(Div.class).id("chapter-preview").getElement().getProperty("innerHTML");
            assertThat(html)
                    .contains("<strong>snel</strong>")
                    .contains("Starters vertrekken in het eerste jaar (scherm)")
                    .doesNotContain("[[bevinding:")
                    .doesNotContain("<script");

            test(find(Button.class).id("save-chapter")).click();
            assertThat(find(Paragraph.class).id("chapter-message").getText()).isEqualTo("‘Behouden’ is opgeslagen.");
            Chapter saved = analyses.analysis(f.analysis().id())
                    .chapter(f.chapter().id())
                    .orElseThrow();
            assertThat(saved.body()).startsWith("Starters gaan **snel** weg");
            assertThat(saved.evidence()).as("a citation attaches").contains(f.ref());
            assertThat(analyses.versions(f.chapter().id())).isNotEmpty();
            assertThat(find(com.vaadin.flow.component.html.ListItem.class)
                            .id("evidence-bevinding-" + f.finding().id())
                            .isVisible())
                    .isTrue();
        });
    }

    @Test
    void a_stale_save_keeps_the_typed_text_shows_the_conflict_and_offers_the_comparison() {
        Fixture f = fixture("botsing");
        inTab(AsUser.member(f.region()), f.region(), () -> {
            navigate("analyse/hoofdstuk/" + f.chapter().id(), ChapterView.class);
            test(find(TextArea.class).id("chapter-body")).setValue("Mijn eigen tekst\nover behouden");
            // someone else saves the chapter in the meantime
            AsUser.lead(f.region())
                    .run(
                            f.region(),
                            () -> analyses.save(
                                    f.chapter().id(),
                                    f.chapter().revision(),
                                    f.chapter().title(),
                                    "Tekst van de regiotrekker\nover behouden"));
            test(find(Button.class).id("save-chapter")).click();

            assertThat(find(Paragraph.class).id("chapter-message").getText())
                    .startsWith("Iemand anders heeft dit hoofdstuk intussen opgeslagen.");
            assertThat(find(TextArea.class).id("chapter-body").getValue()).isEqualTo("Mijn eigen tekst\nover behouden");
            assertThat(analyses.analysis(f.analysis().id())
                            .chapter(f.chapter().id())
                            .orElseThrow()
                            .body())
                    .isEqualTo("Tekst van de regiotrekker\nover behouden");

            test(find(Button.class).id("compare-newer")).click();
            Dialog dialog = find(Dialog.class).single();
            String diff = dialog.getElement().getTextRecursively();
            assertThat(diff).contains("verwijderd: Tekst van de regiotrekker").contains("toegevoegd: Mijn eigen tekst");
            test(find(Button.class).id("keep-mine")).click();
            test(find(Button.class).id("save-chapter")).click();
            assertThat(analyses.analysis(f.analysis().id())
                            .chapter(f.chapter().id())
                            .orElseThrow()
                            .body())
                    .isEqualTo("Mijn eigen tekst\nover behouden");
        });
    }

    @Test
    void a_suggested_finding_is_attached_and_then_cited_and_detaching_a_cited_one_is_refused() {
        Fixture f = fixture("suggesties");
        String id = ChapterView.id(f.ref());
        inTab(AsUser.member(f.region()), f.region(), () -> {
            navigate("analyse/hoofdstuk/" + f.chapter().id(), ChapterView.class);
            assertThat(find(Button.class).withId("attach-" + id).exists()).isTrue();
            test(find(Button.class).id("attach-" + id)).click();
            assertThat(analyses.evidence(f.chapter().id()))
                    .extracting(e -> e.ref())
                    .containsExactly(f.ref());
            assertThat(find(Button.class).withId("attach-" + id).exists())
                    .as("no longer suggested once attached")
                    .isFalse();

            test(find(Button.class).id("cite-" + id)).click();
            assertThat(find(TextArea.class).id("chapter-body").getValue())
                    .endsWith(f.ref().citation());
            test(find(Button.class).id("save-chapter")).click();
            test(find(Button.class).id("detach-" + id)).click();
            assertThat(find(Paragraph.class).id("chapter-message").getText())
                    .startsWith("De tekst verwijst nog naar " + f.ref().citation());
            assertThat(analyses.evidence(f.chapter().id())).hasSize(1);
        });
    }

    @Test
    void comments_open_when_the_analysis_is_ter_bespreking_and_the_source_account_only_explains_itself() {
        Fixture f = fixture("reacties");
        Chapter generated = f.analysis().chapters().getLast();
        inTab(AsUser.member(f.region()), f.region(), () -> {
            navigate("analyse/hoofdstuk/" + f.chapter().id(), ChapterView.class);
            assertThat(find(Paragraph.class).id("comments-closed").getText())
                    .isEqualTo("Reageren kan zodra de regiotrekker de analyse ter bespreking legt.");
            assertThat(find(TextArea.class).withId("comment-text").exists()).isFalse();

            navigate("analyse/hoofdstuk/" + generated.id(), ChapterView.class);
            assertThat(find(Paragraph.class).id("chapter-generated").getText())
                    .startsWith("De bronnenverantwoording schrijft niemand");
            assertThat(find(TextArea.class).withId("chapter-body").exists()).isFalse();
        });
        AsUser.lead(f.region())
                .run(
                        f.region(),
                        () -> analyses.changeStatus(
                                f.analysis().id(),
                                f.analysis().revision(),
                                AnalysisStatus.TER_BESPREKING,
                                false,
                                false));
        inTab(AsUser.member(f.region()), f.region(), () -> {
            navigate("analyse/hoofdstuk/" + f.chapter().id(), ChapterView.class);
            assertThat(find(Paragraph.class).withId("comments-closed").exists()).isFalse();
            test(find(TextArea.class).id("comment-text")).setValue("Graag ook de zij-instromers noemen.");
            test(find(Button.class).id("send-comment")).click();
            assertThat(find(Paragraph.class)
                            .withText("Graag ook de zij-instromers noemen.")
                            .exists())
                    .isTrue();
            assertThat(analyses.comments(f.chapter().id())).hasSize(1);
        });
    }
}

package nl.onderwijsregio.workspace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** A chapter's themes and ABC sub-themes decide its suggestions; the lead ties a chapter to other ones. */
@SpringBootTest(classes = BackendTestApplication.class)
class ChapterThemeSuggestionsTest extends DatabaseTest {

    static final String REGION = TestRegions.id("subthema");
    static final String NEIGHBOUR = TestRegions.id("subbuur");
    static final AsUser LEAD = AsUser.lead(REGION);

    static long begeleiden;
    static long verzuim;
    static long general;
    static long neighbourBegeleiden;
    static long neighbourProfessionaliseren;

    @BeforeAll
    static void fixtures(
            @Autowired RegionAdministration administration,
            @Autowired FindingService findings,
            @Autowired PriorityService priorities) {
        TestRegions.create(administration, REGION, NEIGHBOUR);
        TestRegions.neighbours(administration, REGION, NEIGHBOUR);
        begeleiden = LEAD.call(REGION, () -> findings.create(finding("Startende leraren", SubTheme.BEGELEIDEN)))
                .id();
        verzuim = LEAD.call(REGION, () -> findings.create(finding("Verzuim", SubTheme.VERZUIM_WERKGELUK)))
                .id();
        general = LEAD.call(REGION, () -> findings.create(finding("Behouden algemeen", null)))
                .id();
        AsUser neighbour = AsUser.lead(NEIGHBOUR);
        neighbourBegeleiden = neighbour
                .call(NEIGHBOUR, () -> priorities.create(priority("Inductie voor starters", SubTheme.BEGELEIDEN)))
                .id();
        neighbourProfessionaliseren = neighbour
                .call(NEIGHBOUR, () -> priorities.create(priority("Scholing op maat", SubTheme.PROFESSIONALISEREN)))
                .id();
    }

    @Autowired
    AnalysisService analyses;

    @Test
    void the_template_chapter_covers_its_sub_themes_and_narrowing_it_narrows_the_suggestions() {
        Analysis analysis = LEAD.call(REGION, () -> analyses.start("Editie subthema's " + System.nanoTime(), false));
        Chapter behouden = analysis.chapters().stream()
                .filter(c -> c.title().equals("Behouden"))
                .findFirst()
                .orElseThrow();
        assertThat(behouden.subThemes())
                .as("the template names Behouden's sub-themes")
                .containsExactly(SubTheme.BEGELEIDEN, SubTheme.PROFESSIONALISEREN, SubTheme.VERZUIM_WERKGELUK);

        ChapterSuggestions all = LEAD.call(REGION, () -> analyses.suggestions(behouden.id()));
        assertThat(refs(all.findings())).contains(ref(begeleiden), ref(verzuim), ref(general));
        assertThat(refs(all.neighbourPriorities()))
                .as("the neighbour's published priorities of the theme")
                .contains(priorityRef(neighbourBegeleiden), priorityRef(neighbourProfessionaliseren));

        Chapter narrowed = LEAD.call(
                REGION,
                () -> analyses.retag(
                        behouden.id(), ChapterThemes.of(List.of(Theme.BEHOUDEN), List.of(SubTheme.BEGELEIDEN))));
        assertThat(narrowed.subThemes()).containsExactly(SubTheme.BEGELEIDEN);
        assertThat(narrowed.revision()).as("the text is untouched").isEqualTo(behouden.revision());

        ChapterSuggestions some = LEAD.call(REGION, () -> analyses.suggestions(behouden.id()));
        assertThat(refs(some.findings()))
                .contains(ref(begeleiden), ref(general))
                .doesNotContain(ref(verzuim));
        assertThat(refs(some.neighbourPriorities()))
                .contains(priorityRef(neighbourBegeleiden))
                .doesNotContain(priorityRef(neighbourProfessionaliseren));
        assertThat(refs(all.sources())).contains(source("e053"), source("e056"));
        assertThat(refs(some.sources()))
                .as("e056 is about Verzuim & werkgeluk; e053 is the catalogue's 'Overkoepelend' for Behouden")
                .contains(source("e053"))
                .doesNotContain(source("e056"));
    }

    @Test
    void only_the_lead_retags_and_never_the_source_account() {
        Analysis analysis = LEAD.call(REGION, () -> analyses.start("Editie labels " + System.nanoTime(), false));
        Chapter first = analysis.chapters().getFirst();
        assertThatThrownBy(() ->
                        AsUser.member(REGION).run(REGION, () -> analyses.retag(first.id(), ChapterThemes.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> LEAD.run(
                        REGION,
                        () -> analyses.retag(analysis.chapters().getLast().id(), ChapterThemes.NONE)))
                .isInstanceOf(AnalysisRuleException.class);
        Chapter werven =
                LEAD.call(REGION, () -> analyses.retag(first.id(), ChapterThemes.of(null, List.of(SubTheme.WERVEN))));
        assertThat(werven.themes()).containsExactly(Theme.AANTREKKEN);
        Chapter added = LEAD.call(
                REGION,
                () -> analyses.addChapter(
                        analysis.id(), "Zij-instroom", ChapterThemes.of(null, List.of(SubTheme.OPLEIDEN))));
        assertThat(added.themes()).containsExactly(Theme.AANTREKKEN);
        assertThat(added.subThemes()).containsExactly(SubTheme.OPLEIDEN);
        assertThatThrownBy(() ->
                        AsUser.lead(NEIGHBOUR).run(NEIGHBOUR, () -> analyses.retag(first.id(), ChapterThemes.NONE)))
                .as("another region does not find the chapter")
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    private static List<EvidenceRef> refs(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::ref).toList();
    }

    private static EvidenceRef ref(long finding) {
        return new EvidenceRef(EvidenceKind.FINDING, String.valueOf(finding));
    }

    private static EvidenceRef source(String code) {
        return new EvidenceRef(EvidenceKind.CATALOGUE, code);
    }

    private static EvidenceRef priorityRef(long priority) {
        return new EvidenceRef(EvidenceKind.PRIORITY, String.valueOf(priority));
    }

    private static FindingDraft finding(String title, SubTheme subTheme) {
        return new FindingDraft(
                title,
                "Wat we hoorden.",
                Theme.BEHOUDEN,
                subTheme,
                FindingKind.OVERLEG,
                LocalDate.of(2026, 3, 1),
                null,
                Set.of(Sector.PO),
                List.of(),
                List.of(),
                true,
                Visibility.OWN);
    }

    private static PriorityDraft priority(String title, SubTheme subTheme) {
        return new PriorityDraft(
                title, Topic.of(subTheme), "", List.of(Sector.PO), null, null, null, 2026, 2027, null, true, List.of());
    }
}

package nl.onderwijsregio.workspace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Editions, chapters, saving with versions, evidence and citations, suggestions, status and releases. */
@SpringBootTest(classes = BackendTestApplication.class)
class AnalysisServiceTest extends DatabaseTest {

    static final String REGION = TestRegions.id("analyse");
    static final String OTHER = TestRegions.id("anders");
    static final AsUser LEAD = AsUser.lead(REGION);
    static final AsUser MEMBER = AsUser.member(REGION);

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION, OTHER);
    }

    @Autowired
    AnalysisService analyses;

    @Autowired
    RegisterService register;

    @Autowired
    AnalysisExporter exporter;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private Analysis start(String edition) {
        return LEAD.call(REGION, () -> analyses.start(edition, false));
    }

    private static Chapter chapter(Analysis analysis, String title) {
        return analysis.chapters().stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_edition_opens_on_the_template_and_only_the_lead_starts_one() {
        Analysis analysis = start("Editie sjabloon " + System.nanoTime());
        assertThat(analysis.status()).isEqualTo(AnalysisStatus.CONCEPT);
        assertThat(analysis.version()).isOne();
        assertThat(analysis.chapters()).hasSize(11);
        assertThat(analysis.chapters().getFirst().title()).isEqualTo("Inleiding en de regio");
        assertThat(analysis.chapters().getLast().generated()).isTrue();
        assertThat(chapter(analysis, "Behouden").themes()).containsExactly(Theme.BEHOUDEN);
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> analyses.start("Door een lid", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> LEAD.run(REGION, () -> analyses.start(analysis.edition(), false)))
                .isInstanceOf(AnalysisRuleException.class)
                .hasMessageContaining("bestaat al");
        assertThatThrownBy(() -> LEAD.run(REGION, () -> analyses.start("  ", false)))
                .isInstanceOf(AnalysisRuleException.class)
                .hasMessageContaining("naam");
    }

    @Test
    void a_save_keeps_every_version_and_a_stale_save_overwrites_nothing() {
        Chapter behouden = chapter(start("Editie versies " + System.nanoTime()), "Behouden");
        Chapter first = MEMBER.call(
                REGION, () -> analyses.save(behouden.id(), behouden.revision(), "Behouden", "Eerste tekst."));
        Chapter second =
                LEAD.call(REGION, () -> analyses.save(first.id(), first.revision(), "Behouden", "Tweede tekst."));
        assertThat(second.revision()).isEqualTo(3);
        assertThatThrownBy(() ->
                        MEMBER.run(REGION, () -> analyses.save(first.id(), first.revision(), "Behouden", "Verouderd.")))
                .isInstanceOf(AnalysisConflictException.class);
        assertThat(LEAD.call(REGION, () -> analyses.versions(behouden.id())))
                .extracting(ChapterVersion::body)
                .containsExactly("Tweede tekst.", "Eerste tekst.", "");
        assertThatThrownBy(() ->
                        MEMBER.run(REGION, () -> analyses.save(second.id(), second.revision(), "Andere naam", "Tekst")))
                .as("renaming is the lead's")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.lead(OTHER).run(OTHER, () -> analyses.versions(behouden.id())))
                .as("another region does not even find it")
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void citations_attach_what_they_cite_and_unknown_or_foreign_ones_are_refused() {
        Analysis analysis = start("Editie bronnen " + System.nanoTime());
        Chapter behouden = chapter(analysis, "Behouden");
        RegisterEntry received = receivedRegisterEntry(REGION, "Verzuimcijfers van de besturen");
        RegisterEntry foreign = receivedRegisterEntry(OTHER, "Andermans cijfers");

        ChapterSuggestions before = MEMBER.call(REGION, () -> analyses.suggestions(behouden.id()));
        assertThat(before.sources()).extracting(e -> e.ref().ref()).contains("e056");
        assertThat(before.closedData())
                .extracting(Evidence::ref)
                .contains(new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(received.id())))
                .doesNotContain(new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(foreign.id())));

        String text = "Verzuim stijgt [[register:" + received.id() + "]], zie ook [[bron:e056]].";
        Chapter saved = MEMBER.call(REGION, () -> analyses.save(behouden.id(), behouden.revision(), "Behouden", text));
        assertThat(saved.evidence())
                .containsExactly(
                        new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(received.id())),
                        new EvidenceRef(EvidenceKind.CATALOGUE, "e056"));
        ChapterSuggestions after = MEMBER.call(REGION, () -> analyses.suggestions(behouden.id()));
        assertThat(after.sources()).extracting(e -> e.ref().ref()).doesNotContain("e056");
        assertThat(after.closedData()).isEmpty();

        assertThatThrownBy(() -> MEMBER.run(
                        REGION,
                        () -> analyses.save(
                                saved.id(), saved.revision(), "Behouden", "[[register:" + foreign.id() + "]]")))
                .isInstanceOf(AnalysisRuleException.class)
                .hasMessageContaining("niet van je regio");
        assertThatThrownBy(() ->
                        MEMBER.run(REGION, () -> analyses.save(saved.id(), saved.revision(), "Behouden", "[[boek:1]]")))
                .isInstanceOf(AnalysisRuleException.class)
                .hasMessageContaining("Onbekende verwijzing");
        assertThatThrownBy(() -> MEMBER.run(
                        REGION, () -> analyses.detach(saved.id(), new EvidenceRef(EvidenceKind.CATALOGUE, "e056"))))
                .as("still cited")
                .isInstanceOf(AnalysisRuleException.class);
        assertThatThrownBy(() -> MEMBER.run(
                        REGION,
                        () -> analyses.attach(
                                saved.id(), new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(foreign.id())))))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void the_lead_shapes_the_chapters_and_the_source_account_stays_last() {
        Analysis analysis = start("Editie hoofdstukken " + System.nanoTime());
        Chapter added = LEAD.call(
                REGION,
                () -> analyses.addChapter(
                        analysis.id(), "Lerarenopleidingen", ChapterThemes.of(List.of(Theme.AANTREKKEN), null)));
        Analysis withAdded = LEAD.call(REGION, () -> analyses.analysis(analysis.id()));
        assertThat(withAdded.chapters()).hasSize(12);
        assertThat(withAdded.chapters().get(10).id()).isEqualTo(added.id());
        assertThat(withAdded.chapters().getLast().generated()).isTrue();

        List<Chapter> moved = LEAD.call(REGION, () -> analyses.move(added.id(), -20));
        assertThat(moved.getFirst().id()).isEqualTo(added.id());
        assertThat(moved).extracting(Chapter::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> analyses.move(added.id(), 1)))
                .isInstanceOf(AccessDeniedException.class);

        LEAD.run(REGION, () -> analyses.removeChapter(added.id()));
        Analysis after = LEAD.call(REGION, () -> analyses.analysis(analysis.id()));
        assertThat(after.chapters()).hasSize(11).noneMatch(c -> c.id() == added.id());
        assertThatThrownBy(() -> LEAD.run(
                        REGION,
                        () -> analyses.removeChapter(after.chapters().getLast().id())))
                .isInstanceOf(AnalysisRuleException.class);
    }

    @Test
    void establishing_freezes_a_numbered_release_and_a_later_save_starts_the_next_version() {
        Analysis analysis = start("Editie vaststellen " + System.nanoTime());
        Chapter behouden = chapter(analysis, "Behouden");
        assertThatThrownBy(() -> LEAD.run(
                        REGION,
                        () -> analyses.changeStatus(
                                analysis.id(), analysis.revision(), AnalysisStatus.VASTGESTELD, false, false)))
                .as("nothing written yet")
                .isInstanceOf(AnalysisRuleException.class);
        MEMBER.run(
                REGION,
                () -> analyses.save(behouden.id(), behouden.revision(), "Behouden", "Versie een [[bron:e056]]."));
        Analysis inReview = LEAD.call(
                REGION,
                () -> analyses.changeStatus(
                        analysis.id(), analysis.revision(), AnalysisStatus.TER_BESPREKING, false, false));
        AnalysisComment comment =
                MEMBER.call(REGION, () -> analyses.comment(behouden.id(), "Graag cijfers per sector."));
        assertThat(MEMBER.call(REGION, () -> analyses.comments(behouden.id()))).containsExactly(comment);
        assertThatThrownBy(() -> MEMBER.run(
                        REGION,
                        () -> analyses.changeStatus(
                                analysis.id(), inReview.revision(), AnalysisStatus.VASTGESTELD, false, false)))
                .isInstanceOf(AccessDeniedException.class);

        Analysis established = LEAD.call(
                REGION,
                () -> analyses.changeStatus(
                        analysis.id(), inReview.revision(), AnalysisStatus.VASTGESTELD, true, false));
        assertThat(established.releases()).singleElement().satisfies(r -> {
            assertThat(r.number()).isOne();
            assertThat(r.sharedNeighbours()).isTrue();
            assertThat(r.sharedNational()).isFalse();
        });
        long release = established.releases().getFirst().id();
        List<ReleaseChapter> frozen = LEAD.call(REGION, () -> analyses.releaseChapters(release));
        assertThat(frozen).hasSize(11);
        ReleaseChapter frozenBehouden = frozen.stream()
                .filter(c -> c.title().equals("Behouden"))
                .findFirst()
                .orElseThrow();
        assertThat(frozenBehouden.body()).startsWith("Versie een *(").doesNotContain("[[");
        assertThat(frozen.getLast().body()).contains("Hoogfrequente data over verzuim");
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> analyses.comment(behouden.id(), "Te laat")))
                .isInstanceOf(AnalysisRuleException.class);

        Chapter current = MEMBER.call(
                        REGION, () -> analyses.analysis(analysis.id()).chapter(behouden.id()))
                .orElseThrow();
        MEMBER.run(REGION, () -> analyses.save(current.id(), current.revision(), "Behouden", "Versie twee."));
        Analysis next = LEAD.call(REGION, () -> analyses.analysis(analysis.id()));
        assertThat(next.status()).isEqualTo(AnalysisStatus.CONCEPT);
        assertThat(next.version()).isEqualTo(2);
        assertThat(LEAD.call(REGION, () -> analyses.releaseChapters(release)))
                .filteredOn(c -> c.title().equals("Behouden"))
                .singleElement()
                .satisfies(c -> assertThat(c.body()).startsWith("Versie een"));
    }

    @Test
    void a_new_edition_can_build_on_the_last_one() {
        Analysis first = start("Editie basis " + System.nanoTime());
        Chapter behouden = chapter(first, "Behouden");
        MEMBER.run(REGION, () -> analyses.save(behouden.id(), behouden.revision(), "Behouden", "Mee [[bron:e057]]."));
        Analysis next = LEAD.call(REGION, () -> analyses.start("Editie vervolg " + System.nanoTime(), true));
        Chapter copied = chapter(next, "Behouden");
        assertThat(copied.id()).isNotEqualTo(behouden.id());
        assertThat(copied.body()).isEqualTo("Mee [[bron:e057]].");
        assertThat(copied.evidence()).containsExactly(new EvidenceRef(EvidenceKind.CATALOGUE, "e057"));
        assertThat(LEAD.call(REGION, () -> analyses.current()).orElseThrow().id())
                .isEqualTo(next.id());
    }

    @Test
    void parallel_saves_of_one_chapter_let_exactly_one_win_and_parallel_reorders_keep_positions_whole()
            throws Exception {
        Analysis analysis = start("Editie parallel " + System.nanoTime());
        Chapter behouden = chapter(analysis, "Behouden");
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            work.add(() -> {
                try {
                    MEMBER.run(
                            REGION,
                            () -> analyses.save(behouden.id(), behouden.revision(), "Behouden", "Schrijver " + n));
                    saved.incrementAndGet();
                } catch (AnalysisConflictException e) {
                    refused.incrementAndGet();
                }
                return null;
            });
            work.add(() -> {
                LEAD.run(REGION, () -> analyses.move(analysis.chapters().get(n).id(), n % 2 == 0 ? 3 : -2));
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(saved.get()).isOne();
        assertThat(refused.get()).isEqualTo(7);
        Analysis after = LEAD.call(REGION, () -> analyses.analysis(analysis.id()));
        assertThat(after.chapters()).extracting(Chapter::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(LEAD.call(REGION, () -> analyses.versions(behouden.id()))).hasSize(2);
    }

    @Autowired
    SharedAnalyses shared;

    @Autowired
    nl.onderwijsregio.workspace.findings.FindingService findings;

    @Test
    void only_the_regions_own_findings_and_received_data_can_be_cited() {
        String neighbour = OTHER;
        long shared = AsUser.lead(neighbour)
                .call(
                        neighbour,
                        () -> findings.create(new nl.onderwijsregio.workspace.findings.FindingDraft(
                                "Gedeeld met iedereen",
                                "Tekst",
                                Theme.BEHOUDEN,
                                null,
                                nl.onderwijsregio.workspace.findings.FindingKind.OVERIG,
                                java.time.LocalDate.of(2026, 1, 1),
                                null,
                                java.util.Set.of(),
                                List.of(),
                                List.of(),
                                true,
                                nl.onderwijsregio.workspace.findings.Visibility.ALL)))
                .id();
        Chapter behouden = chapter(start("Editie eigen bewijs " + System.nanoTime()), "Behouden");
        assertThatThrownBy(() -> MEMBER.run(
                        REGION,
                        () -> analyses.save(
                                behouden.id(), behouden.revision(), "Behouden", "[[bevinding:" + shared + "]]")))
                .as("a finding another region shared with all is readable, but not the region's own evidence")
                .isInstanceOf(AnalysisRuleException.class);
        RegisterEntry wanted = LEAD.call(
                REGION,
                () -> register.create(new RegisterDraft(
                        "e056",
                        null,
                        "Nog niet ontvangen",
                        null,
                        null,
                        HolderKind.VFPF,
                        "Vfpf",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
        assertThatThrownBy(() -> MEMBER.run(
                        REGION,
                        () -> analyses.attach(
                                behouden.id(), new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(wanted.id())))))
                .as("closed data not received is no evidence")
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void the_demo_regions_have_a_concept_with_sources_and_a_release_shared_with_the_neighbours() {
        Analysis noordkust = AsUser.lead("noordkust")
                .call("noordkust", () -> analyses.current())
                .orElseThrow();
        assertThat(noordkust.chaptersWithText()).isGreaterThanOrEqualTo(3);
        assertThat(chapter(noordkust, "Kwantitatief beeld van de onderwijsarbeidsmarkt")
                        .evidence())
                .contains(new EvidenceRef(EvidenceKind.CATALOGUE, "e001"));
        ChapterSuggestions behouden = AsUser.lead("noordkust")
                .call(
                        "noordkust",
                        () -> analyses.suggestions(
                                chapter(noordkust, "Behouden").id()));
        assertThat(behouden.closedData()).as("the received Vfpf data").isNotEmpty();
        assertThat(behouden.findings()).as("the Behouden findings").isNotEmpty();

        Analysis veenland = AsUser.lead("veenland")
                .call("veenland", () -> analyses.current())
                .orElseThrow();
        assertThat(veenland.status()).isEqualTo(AnalysisStatus.VASTGESTELD);
        assertThat(veenland.releases())
                .singleElement()
                .satisfies(r -> assertThat(r.sharedNeighbours()).isTrue());
        assertThat(AsUser.member("noordkust").call("noordkust", () -> shared.sharedWithUs()))
                .extracting(Release::regionId)
                .contains("veenland");
    }

    @Test
    void the_delivered_files_carry_the_text_and_the_source_account_but_never_a_contact_person() throws Exception {
        Analysis analysis = start("Editie levering " + System.nanoTime());
        Chapter behouden = chapter(analysis, "Behouden");
        RegisterEntry received = receivedRegisterEntry(REGION, "Verzuim per bestuur voor de levering");
        MEMBER.run(
                REGION,
                () -> analyses.save(
                        behouden.id(),
                        behouden.revision(),
                        "Behouden",
                        "Het verzuim daalt niet [[register:" + received.id() + "]]."));
        ExportFile docx = MEMBER.call(REGION, () -> exporter.working(analysis.id(), ExportFormat.DOCX));
        assertThat(docx.fileName()).endsWith("-v1.docx").startsWith("editie-levering-");
        String text;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                        new java.io.ByteArrayInputStream(docx.content()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains("Het verzuim daalt niet", "Verzuim per bestuur voor de levering", "Vervangingsfonds")
                .contains("Bronnenverantwoording")
                .doesNotContain(CONTACT, "Vfpf-contact", "[[register:");
        ExportFile pdf = MEMBER.call(REGION, () -> exporter.working(analysis.id(), ExportFormat.PDF));
        assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String pdfText;
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.content())) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page));
            }
            pdfText = all.toString();
        }
        assertThat(pdfText).contains("Het verzuim daalt niet").doesNotContain(CONTACT);
        String md = new String(
                MEMBER.call(REGION, () -> exporter.working(analysis.id(), ExportFormat.MD))
                        .content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(md).contains("Het verzuim daalt niet", "Verzuim per bestuur").doesNotContain(CONTACT);
    }

    @Test
    void a_document_is_rendered_after_its_transaction_never_inside_one() {
        Analysis analysis = start("Editie buiten transactie " + System.nanoTime());
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        assertThatThrownBy(() -> MEMBER.run(
                        REGION,
                        () -> transaction.executeWithoutResult(
                                status -> exporter.working(analysis.id(), ExportFormat.MD))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("runs after its transaction");
        assertThat(MEMBER.call(REGION, () -> exporter.working(analysis.id(), ExportFormat.MD))
                        .content())
                .isNotEmpty();
    }

    static final String CONTACT = "Jantine Contactpersoon";

    private RegisterEntry receivedRegisterEntry(String region, String what) {
        return AsUser.lead(region).call(region, () -> {
            RegisterEntry e = register.create(new RegisterDraft(
                    "e056",
                    null,
                    what,
                    "bestuur",
                    "2025",
                    HolderKind.VFPF,
                    "Vfpf",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            RegisterEntry requested = register.transition(
                    e.id(), e.revision(), RegisterStatus.AANGEVRAAGD, java.time.LocalDate.of(2026, 3, 1));
            return register.transition(
                    requested.id(), requested.revision(), RegisterStatus.ONTVANGEN, java.time.LocalDate.of(2026, 4, 1));
        });
    }
}

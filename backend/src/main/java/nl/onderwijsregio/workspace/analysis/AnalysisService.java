package nl.onderwijsregio.workspace.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument;
import nl.onderwijsregio.workspace.messages.ExplainedAccessDenied;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.Texts;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis of the active region, for its people: members and the lead write chapters, attach and cite evidence
 * and comment while it is ter bespreking; the lead starts editions, shapes the chapters, moves the status and decides
 * with whom a vastgestelde version is shared. Row-level security keeps every row in the region.
 */
@Service
@Transactional
@PreAuthorize("@regionAccess.member()")
public class AnalysisService {

    static final int MAX_BODY = 100_000;
    static final int MAX_TITLE = 200;
    static final int MAX_COMMENT = 4000;

    private final Analyses analyses;
    private final Releases releases;
    private final Templates templates;
    private final EvidenceLookup lookup;
    private final ReleaseFreezer freezer;
    private final AnalysisDocuments documents;
    private final CurrentUser currentUser;
    private final ActivityService activity;
    private final ApplicationEventPublisher events;

    AnalysisService(
            Analyses analyses,
            Releases releases,
            Templates templates,
            EvidenceLookup lookup,
            ReleaseFreezer freezer,
            AnalysisDocuments documents,
            CurrentUser currentUser,
            ActivityService activity,
            ApplicationEventPublisher events) {
        this.analyses = analyses;
        this.releases = releases;
        this.templates = templates;
        this.lookup = lookup;
        this.freezer = freezer;
        this.documents = documents;
        this.currentUser = currentUser;
        this.activity = activity;
        this.events = events;
    }

    /** The region's latest edition, if it started one. */
    @Transactional(readOnly = true)
    public Optional<Analysis> current() {
        return analyses.latestId().map(this::load);
    }

    @Transactional(readOnly = true)
    public Analysis analysis(long id) {
        return load(id);
    }

    /** Every edition of the region, newest first (chapters not loaded). */
    @Transactional(readOnly = true)
    public List<Analysis> editions() {
        return analyses.all();
    }

    /**
     * Starts an edition. From the national template, or (with {@code fromLatest}) as a copy of the latest edition's
     * chapters, texts and evidence. The lead only.
     */
    public Analysis start(@Nullable String edition, boolean fromLatest) {
        requireLead("analysis.lead-only.new-edition");
        String name = edition == null ? "" : edition.strip();
        if (name.isEmpty()) {
            throw new AnalysisRuleException("analysis.geef-editie-naam-bijvoorbeeld");
        }
        if (name.length() > 120) {
            throw new AnalysisRuleException("analysis.naam-editie-mag-hoogstens");
        }
        if (analyses.editionExists(name)) {
            throw new AnalysisRuleException("analysis.bestaat-editie-naam", name);
        }
        Optional<Analysis> latest = fromLatest ? current() : Optional.empty();
        if (fromLatest && latest.isEmpty()) {
            throw new AnalysisRuleException("analysis.geen-eerdere-editie-voort");
        }
        WorkspaceUser user = user();
        long id;
        try {
            id = analyses.insert(name, latest.map(Analysis::id).orElse(null), user.username(), user.displayName());
        } catch (DuplicateKeyException e) {
            throw new AnalysisRuleException("analysis.bestaat-editie-naam", name);
        }
        if (latest.isPresent()) {
            int position = 1;
            for (Chapter c : latest.get().chapters()) {
                long chapter = analyses.insertChapter(
                        id,
                        position++,
                        c.title(),
                        c.guidance(),
                        c.chapterThemes(),
                        c.generated(),
                        c.body(),
                        user.username(),
                        user.displayName());
                c.evidence().forEach(ref -> analyses.attach(chapter, ref, user.username()));
            }
        } else {
            int position = 1;
            for (TemplateChapter t : templates.chapters()) {
                analyses.insertChapter(
                        id,
                        position++,
                        t.title(),
                        t.guidance(),
                        t.chapterThemes(),
                        t.generated(),
                        "",
                        user.username(),
                        user.displayName());
            }
        }
        activity.record("ANALYSIS", Message.of("activity.analysis.started", name), user.displayName());
        return load(id);
    }

    /**
     * Saves a chapter's title and text if nobody saved it since {@code revision}. Every citation must name evidence
     * the region can read; cited evidence is attached. Saving a vastgestelde analysis starts its next version.
     */
    public Chapter save(long chapterId, int revision, @Nullable String title, @Nullable String body) {
        Chapter chapter = lockedChapter(chapterId);
        if (chapter.generated()) {
            throw new AnalysisRuleException("analysis.bronnenverantwoording-wordt-samengesteld-uit");
        }
        if (chapter.revision() != revision) {
            throw AnalysisConflictException.chapter();
        }
        String newTitle = checkedTitle(title);
        String text = body == null ? "" : body;
        if (text.length() > MAX_BODY) {
            throw new AnalysisRuleException("analysis.hoofdstuk-mag-hoogstens-tekens", MAX_BODY);
        }
        if (!newTitle.equals(chapter.title()) && !lead()) {
            throw new ExplainedAccessDenied("analysis.alleen-regiotrekker-hoofdstuk-andere");
        }
        Citations.unknown(text).ifPresent(citation -> {
            throw new AnalysisRuleException("analysis.onbekende-verwijzing-verwijs-bron", citation);
        });
        Set<EvidenceRef> cited = Citations.in(text);
        Map<EvidenceRef, Evidence> found = lookup.resolve(cited);
        for (EvidenceRef ref : cited) {
            if (!found.containsKey(ref)) {
                throw new AnalysisRuleException("analysis.verwijzing-wijst-naar-iets", ref.citation());
            }
        }
        if (newTitle.equals(chapter.title()) && text.equals(chapter.body())) {
            return chapter;
        }
        WorkspaceUser user = user();
        analyses.save(chapterId, revision, newTitle, text, user.username(), user.displayName())
                .orElseThrow(AnalysisConflictException::chapter);
        cited.stream()
                .filter(ref -> !chapter.evidence().contains(ref))
                .forEach(ref -> analyses.attach(chapterId, ref, user.username()));
        analyses.touch(chapter.analysisId(), user.username(), user.displayName());
        return chapter(chapterId);
    }

    /** Adds a chapter at the end (before the generated source account). The lead only. */
    public Chapter addChapter(long analysisId, @Nullable String title, @Nullable ChapterThemes themes) {
        requireLead("analysis.lead-only.add-chapters");
        String name = checkedTitle(title);
        load(analysisId);
        analyses.lock(analysisId);
        Analysis analysis = load(analysisId);
        WorkspaceUser user = user();
        long id = analyses.insertChapter(
                analysisId,
                analysis.chapters().size() + 1,
                name,
                "",
                themes == null ? ChapterThemes.NONE : themes,
                false,
                "",
                user.username(),
                user.displayName());
        List<Long> order = new ArrayList<>(analysis.chapters().stream()
                .filter(c -> !c.generated())
                .map(Chapter::id)
                .toList());
        order.add(id);
        analysis.chapters().stream().filter(Chapter::generated).map(Chapter::id).forEach(order::add);
        analyses.setPositions(order);
        analyses.touch(analysisId, user.username(), user.displayName());
        return chapter(id);
    }

    /**
     * Ties a chapter to other themes and sub-themes (what its suggestions and the national view go by); its text
     * stays as it is. The lead only; not the generated source account, which covers every theme.
     */
    public Chapter retag(long chapterId, @Nullable ChapterThemes themes) {
        Chapter chapter = lockedChapter(chapterId);
        requireLead("analysis.lead-only.chapter-themes");
        if (chapter.generated()) {
            throw new AnalysisRuleException("analysis.bronnenverantwoording-gaat-over-alle");
        }
        ChapterThemes chosen = themes == null ? ChapterThemes.NONE : themes;
        if (chosen.equals(chapter.chapterThemes())) {
            return chapter;
        }
        analyses.retag(chapterId, chosen); // not the text: a vastgestelde analysis stays as it was established
        return chapter(chapterId);
    }

    /** Puts the chapters in this order; it must name every chapter of the analysis exactly once. The lead only. */
    public List<Chapter> reorder(long analysisId, List<Long> chapterIds) {
        requireLead("analysis.lead-only.order");
        analyses.lock(analysisId);
        List<Long> current =
                load(analysisId).chapters().stream().map(Chapter::id).toList();
        if (chapterIds.size() != current.size() || !Set.copyOf(chapterIds).equals(Set.copyOf(current))) {
            throw new AnalysisRuleException("analysis.noem-elk-hoofdstuk-analyse");
        }
        analyses.setPositions(chapterIds);
        WorkspaceUser user = user();
        analyses.touch(analysisId, user.username(), user.displayName());
        return load(analysisId).chapters();
    }

    /** Moves a chapter {@code steps} places (negative: up), for keyboard users. The lead only. */
    public List<Chapter> move(long chapterId, int steps) {
        Chapter chapter = chapter(chapterId);
        requireLead("analysis.lead-only.order");
        analyses.lock(chapter.analysisId());
        List<Long> order = new ArrayList<>(
                load(chapter.analysisId()).chapters().stream().map(Chapter::id).toList());
        int from = order.indexOf(chapterId);
        if (from < 0) {
            throw new ExplainedNotFound("analysis.hoofdstuk-bestaat-meer");
        }
        int to = Math.clamp((long) from + steps, 0, order.size() - 1);
        order.add(to, order.remove(from));
        return reorder(chapter.analysisId(), order);
    }

    /** Removes a chapter (its versions stay). The lead only; the screens ask for confirmation first. */
    public void removeChapter(long chapterId) {
        Chapter chapter = chapter(chapterId);
        requireLead("analysis.lead-only.remove-chapters");
        if (chapter.generated()) {
            throw new AnalysisRuleException("analysis.bronnenverantwoording-hoort-bij-elke");
        }
        analyses.lock(chapter.analysisId());
        WorkspaceUser user = user();
        if (!analyses.remove(chapterId, user.username(), user.displayName())) {
            throw AnalysisConflictException.chapter();
        }
        analyses.setPositions(
                load(chapter.analysisId()).chapters().stream().map(Chapter::id).toList());
        analyses.touch(chapter.analysisId(), user.username(), user.displayName());
        activity.record(
                "ANALYSIS", Message.of("activity.analysis.chapter-deleted", chapter.title()), user.displayName());
    }

    /** Attaches evidence the region can read to a chapter. */
    public Chapter attach(long chapterId, EvidenceRef ref) {
        Chapter chapter = lockedChapter(chapterId);
        if (chapter.generated()) {
            throw new AnalysisRuleException("analysis.bronnenverantwoording-koppel-niets-volgt");
        }
        if (!lookup.resolve(List.of(ref)).containsKey(ref)) {
            throw new ExplainedNotFound("analysis.bewijs-bestaat-regio");
        }
        WorkspaceUser user = user();
        if (analyses.attach(chapterId, ref, user.username())) {
            analyses.touch(chapter.analysisId(), user.username(), user.displayName());
        }
        return chapter(chapterId);
    }

    /** Detaches evidence; refused while the text still cites it. */
    public Chapter detach(long chapterId, EvidenceRef ref) {
        Chapter chapter = lockedChapter(chapterId);
        if (Citations.in(chapter.body()).contains(ref)) {
            throw new AnalysisRuleException("analysis.tekst-verwijst-naar-haal", ref.citation());
        }
        WorkspaceUser user = user();
        if (analyses.detach(chapterId, ref)) {
            analyses.touch(chapter.analysisId(), user.username(), user.displayName());
        }
        return chapter(chapterId);
    }

    /** The evidence of a chapter as people see it, in the order it was attached. */
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long chapterId) {
        Chapter chapter = chapter(chapterId);
        Map<EvidenceRef, Evidence> found = lookup.resolve(chapter.evidence());
        return chapter.evidence().stream()
                .map(ref -> found.getOrDefault(
                        ref, new Evidence(ref, ref.citation(), Texts.text("analysis.evidence.gone", Texts.current()))))
                .toList();
    }

    /** Labels for citations, for the preview: what each cited reference is, where the region can read it. */
    @Transactional(readOnly = true)
    public Map<EvidenceRef, Evidence> describe(Collection<EvidenceRef> refs) {
        ActiveRegion.require();
        return lookup.resolve(refs);
    }

    @Transactional(readOnly = true)
    public ChapterSuggestions suggestions(long chapterId) {
        Chapter chapter = chapter(chapterId);
        return lookup.suggestions(chapter.analysisId(), chapterId, chapter.chapterThemes());
    }

    /** Every saved version of a chapter, newest first. */
    @Transactional(readOnly = true)
    public List<ChapterVersion> versions(long chapterId) {
        chapter(chapterId);
        return analyses.versions(chapterId);
    }

    @Transactional(readOnly = true)
    public List<AnalysisComment> comments(long chapterId) {
        chapter(chapterId);
        return analyses.comments(chapterId);
    }

    @Transactional(readOnly = true)
    public Map<Long, Integer> commentCounts(long analysisId) {
        load(analysisId);
        return analyses.commentCounts(analysisId);
    }

    /** A remark on a chapter, while the analysis is ter bespreking. */
    public AnalysisComment comment(long chapterId, @Nullable String text) {
        Chapter chapter = chapter(chapterId);
        Analysis analysis = load(chapter.analysisId());
        if (analysis.status() != AnalysisStatus.TER_BESPREKING) {
            throw new AnalysisRuleException("analysis.reageren-zolang-analyse-ter");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new AnalysisRuleException("analysis.schrijf-eerst-reactie");
        }
        if (body.length() > MAX_COMMENT) {
            throw new AnalysisRuleException("analysis.reactie-mag-hoogstens-tekens", MAX_COMMENT);
        }
        long id = analyses.comment(chapterId, body, user().username(), user().displayName());
        return analyses.comments(chapterId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Moves the analysis's status if it is still at {@code revision}. Concept ↔ ter bespreking, and vastgesteld from
     * either: that freezes the chapters as the release with the version's number, shared as chosen. From vastgesteld
     * back to concept starts the next version. The lead only.
     */
    public Analysis changeStatus(
            long analysisId, int revision, AnalysisStatus to, boolean shareNeighbours, boolean shareNational) {
        requireLead("analysis.lead-only.status");
        analyses.lock(analysisId);
        Analysis analysis = load(analysisId);
        if (analysis.revision() != revision) {
            throw AnalysisConflictException.analysis();
        }
        if (analysis.status() == to) {
            return analysis;
        }
        if (to == AnalysisStatus.VASTGESTELD && analysis.chaptersWithText() == 0) {
            throw new AnalysisRuleException("analysis.schrijf-eerst-tekst-ten");
        }
        WorkspaceUser user = user();
        int version = analysis.status() == AnalysisStatus.VASTGESTELD ? analysis.version() + 1 : analysis.version();
        if (!analyses.setStatus(analysisId, revision, to, version, user.username(), user.displayName())) {
            throw AnalysisConflictException.analysis();
        }
        String region = ActiveRegion.require();
        if (to == AnalysisStatus.TER_BESPREKING) {
            events.publishEvent(new AnalysisMilestone(
                    AnalysisMilestone.Kind.UP_FOR_REVIEW, region, analysisId, null, version, user.username()));
        }
        if (to == AnalysisStatus.VASTGESTELD) {
            long release = freezer.freeze(analysis, shareNeighbours, shareNational, user);
            events.publishEvent(new AnalysisMilestone(
                    AnalysisMilestone.Kind.ESTABLISHED, region, analysisId, release, version, user.username()));
            if (shareNeighbours) {
                events.publishEvent(new AnalysisMilestone(
                        AnalysisMilestone.Kind.SHARED_WITH_NEIGHBOURS,
                        region,
                        analysisId,
                        release,
                        version,
                        user.username()));
            }
        }
        activity.record(
                "ANALYSIS",
                Message.of("activity.analysis.status", analysis.edition(), to, version),
                user.displayName());
        return load(analysisId);
    }

    /** Whom a release of the region is shared with. The lead only. */
    public Release share(long releaseId, boolean neighbours, boolean national) {
        requireLead("analysis.lead-only.share");
        Release release = releases.byId(releaseId)
                .filter(r -> r.regionId().equals(ActiveRegion.require()))
                .orElseThrow(() -> new ExplainedNotFound("analysis.versie-bestaat"));
        if (!releases.share(releaseId, neighbours, national)) {
            throw new ExplainedNotFound("analysis.versie-bestaat");
        }
        if (neighbours && !release.sharedNeighbours()) {
            events.publishEvent(new AnalysisMilestone(
                    AnalysisMilestone.Kind.SHARED_WITH_NEIGHBOURS,
                    release.regionId(),
                    release.analysisId(),
                    releaseId,
                    release.number(),
                    user().username()));
        }
        activity.record(
                "ANALYSIS",
                Message.of(
                        "activity.analysis.shared",
                        release.edition(),
                        release.number(),
                        neighbours || national ? 1 : 0),
                user().displayName());
        return releases.byId(releaseId).orElseThrow();
    }

    /** The analysis as a document, as it stands now (for the exports, see {@link AnalysisExporter}). */
    @Transactional(readOnly = true)
    public AnalysisDocument document(long analysisId) {
        return documents.working(load(analysisId));
    }

    /** One of the region's own releases as a document. */
    @Transactional(readOnly = true)
    public AnalysisDocument releaseDocument(long releaseId) {
        ActiveRegion.require();
        Release release = releases.byId(releaseId)
                .filter(r -> r.regionId().equals(ActiveRegion.require()))
                .orElseThrow(() -> new ExplainedNotFound("analysis.versie-bestaat"));
        return documents.release(release, releases.chapters(releaseId));
    }

    /** The frozen chapters of one of the region's own releases. */
    @Transactional(readOnly = true)
    public List<ReleaseChapter> releaseChapters(long releaseId) {
        releases.byId(releaseId)
                .filter(r -> r.regionId().equals(ActiveRegion.require()))
                .orElseThrow(() -> new ExplainedNotFound("analysis.versie-bestaat"));
        return releases.chapters(releaseId);
    }

    /** Whether the signed-in person may shape chapters, status and sharing (the screens mirror this). */
    public boolean lead() {
        return user().has(Role.REGIO_LEAD);
    }

    private String checkedTitle(@Nullable String title) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new AnalysisRuleException("analysis.geef-hoofdstuk-titel");
        }
        if (name.length() > MAX_TITLE) {
            throw new AnalysisRuleException("analysis.titel-mag-hoogstens-tekens", MAX_TITLE);
        }
        return name;
    }

    /**
     * The chapter, read after taking its analysis's lock: a change of its text or evidence then runs entirely before
     * or after a status change, so a release never misses a save that was reported as done.
     */
    private Chapter lockedChapter(long chapterId) {
        analyses.lock(chapter(chapterId).analysisId());
        return chapter(chapterId);
    }

    private Chapter chapter(long chapterId) {
        ActiveRegion.require();
        return analyses.chapter(chapterId).orElseThrow(() -> new ExplainedNotFound("analysis.hoofdstuk-bestaat-meer"));
    }

    private Analysis load(long id) {
        ActiveRegion.require();
        return analyses.header(id)
                .map(a -> a.with(analyses.chapters(id), releases.ofAnalysis(id)))
                .orElseThrow(() -> new ExplainedNotFound("analysis.analyse-bestaat"));
    }

    private void requireLead(String key) {
        if (!lead()) {
            throw new ExplainedAccessDenied(key);
        }
    }

    private WorkspaceUser user() {
        return currentUser.require();
    }
}

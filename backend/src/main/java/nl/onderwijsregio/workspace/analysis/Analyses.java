package nl.onderwijsregio.workspace.analysis;

import static nl.onderwijsregio.db.Tables.ANALYSIS;
import static nl.onderwijsregio.db.Tables.ANALYSIS_CHAPTER;
import static nl.onderwijsregio.db.Tables.ANALYSIS_CHAPTER_VERSION;
import static nl.onderwijsregio.db.Tables.ANALYSIS_COMMENT;
import static nl.onderwijsregio.db.Tables.ANALYSIS_EVIDENCE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.onderwijsregio.db.tables.records.AnalysisChapterRecord;
import nl.onderwijsregio.db.tables.records.AnalysisRecord;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The working analyses of the active region: editions, chapters, their versions, evidence and comments. Row-level
 * security limits every statement to the region's own rows; nobody else reads any of this.
 */
@Repository
class Analyses {

    private final DSLContext db;

    Analyses(DSLContext db) {
        this.db = db;
    }

    /** Serializes changes of one analysis's chapter order and status within the transaction. */
    void lock(long analysisId) {
        db.execute("select pg_advisory_xact_lock(hashtextextended('analysis:' || {0}, 0))", DSL.val(analysisId));
    }

    Optional<Long> latestId() {
        return db.select(ANALYSIS.ID)
                .from(ANALYSIS)
                .orderBy(ANALYSIS.CREATED_AT.desc(), ANALYSIS.ID.desc())
                .limit(1)
                .fetchOptional(ANALYSIS.ID);
    }

    /** The analysis without its chapters and releases. */
    Optional<Analysis> header(long id) {
        return db.selectFrom(ANALYSIS).where(ANALYSIS.ID.eq(id)).fetchOptional(Analyses::toHeader);
    }

    List<Analysis> all() {
        return db.selectFrom(ANALYSIS)
                .orderBy(ANALYSIS.CREATED_AT.desc(), ANALYSIS.ID.desc())
                .fetch(Analyses::toHeader);
    }

    private static Analysis toHeader(AnalysisRecord r) {
        return new Analysis(
                r.getId(),
                r.getRegionId(),
                r.getEdition(),
                AnalysisStatus.valueOf(r.getStatus()),
                r.getVersion(),
                r.getRevision(),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                r.getUpdatedByName(),
                List.of(),
                List.of());
    }

    boolean editionExists(String edition) {
        return db.fetchExists(ANALYSIS, DSL.lower(ANALYSIS.EDITION).eq(edition.toLowerCase()));
    }

    long insert(String edition, Long basedOn, String actor, String actorName) {
        return db.insertInto(ANALYSIS)
                .set(ANALYSIS.EDITION, edition)
                .set(ANALYSIS.BASED_ON, basedOn)
                .set(ANALYSIS.CREATED_BY, actor)
                .set(ANALYSIS.UPDATED_BY, actor)
                .set(ANALYSIS.UPDATED_BY_NAME, actorName)
                .returning(ANALYSIS.ID)
                .fetchSingle()
                .getId();
    }

    /** Moves the analysis to {@code to} if it is still at {@code revision}; returns whether it was. */
    boolean setStatus(long id, int revision, AnalysisStatus to, int version, String actor, String actorName) {
        return db.update(ANALYSIS)
                        .set(ANALYSIS.STATUS, to.name())
                        .set(ANALYSIS.VERSION, version)
                        .set(ANALYSIS.REVISION, ANALYSIS.REVISION.plus(1))
                        .set(ANALYSIS.UPDATED_AT, DSL.currentOffsetDateTime())
                        .set(ANALYSIS.UPDATED_BY, actor)
                        .set(ANALYSIS.UPDATED_BY_NAME, actorName)
                        .where(ANALYSIS.ID.eq(id), ANALYSIS.REVISION.eq(revision))
                        .execute()
                == 1;
    }

    /**
     * Records a change of the text: the analysis's last change moves, and a vastgestelde analysis becomes the concept
     * of its next version (the release stays as it was). One statement, so two saves at once raise the version once.
     */
    void touch(long id, String actor, String actorName) {
        db.update(ANALYSIS)
                .set(ANALYSIS.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(ANALYSIS.UPDATED_BY, actor)
                .set(ANALYSIS.UPDATED_BY_NAME, actorName)
                .set(
                        ANALYSIS.VERSION,
                        DSL.when(ANALYSIS.STATUS.eq(AnalysisStatus.VASTGESTELD.name()), ANALYSIS.VERSION.plus(1))
                                .otherwise(ANALYSIS.VERSION))
                .set(
                        ANALYSIS.REVISION,
                        DSL.when(ANALYSIS.STATUS.eq(AnalysisStatus.VASTGESTELD.name()), ANALYSIS.REVISION.plus(1))
                                .otherwise(ANALYSIS.REVISION))
                .set(
                        ANALYSIS.STATUS,
                        DSL.when(
                                        ANALYSIS.STATUS.eq(AnalysisStatus.VASTGESTELD.name()),
                                        DSL.inline(AnalysisStatus.CONCEPT.name()))
                                .otherwise(ANALYSIS.STATUS))
                .where(ANALYSIS.ID.eq(id))
                .execute();
    }

    List<Chapter> chapters(long analysisId) {
        Map<Long, List<EvidenceRef>> evidence = db
                .select(ANALYSIS_EVIDENCE.CHAPTER_ID, ANALYSIS_EVIDENCE.KIND, ANALYSIS_EVIDENCE.REF)
                .from(ANALYSIS_EVIDENCE)
                .join(ANALYSIS_CHAPTER)
                .on(ANALYSIS_CHAPTER.ID.eq(ANALYSIS_EVIDENCE.CHAPTER_ID))
                .where(ANALYSIS_CHAPTER.ANALYSIS_ID.eq(analysisId))
                .orderBy(ANALYSIS_EVIDENCE.ADDED_AT, ANALYSIS_EVIDENCE.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        Collectors.mapping(
                                r -> new EvidenceRef(EvidenceKind.valueOf(r.value2()), r.value3()),
                                Collectors.toList())));
        return db.selectFrom(ANALYSIS_CHAPTER)
                .where(ANALYSIS_CHAPTER.ANALYSIS_ID.eq(analysisId), ANALYSIS_CHAPTER.REMOVED.isFalse())
                .orderBy(ANALYSIS_CHAPTER.POSITION, ANALYSIS_CHAPTER.ID)
                .fetch()
                .map(r -> toChapter(r, evidence.getOrDefault(r.getId(), List.of())));
    }

    Optional<Chapter> chapter(long chapterId) {
        return db.selectFrom(ANALYSIS_CHAPTER)
                .where(ANALYSIS_CHAPTER.ID.eq(chapterId), ANALYSIS_CHAPTER.REMOVED.isFalse())
                .fetchOptional()
                .map(r -> toChapter(r, evidence(chapterId)));
    }

    List<EvidenceRef> evidence(long chapterId) {
        return db.select(ANALYSIS_EVIDENCE.KIND, ANALYSIS_EVIDENCE.REF)
                .from(ANALYSIS_EVIDENCE)
                .where(ANALYSIS_EVIDENCE.CHAPTER_ID.eq(chapterId))
                .orderBy(ANALYSIS_EVIDENCE.ADDED_AT, ANALYSIS_EVIDENCE.ID)
                .fetch(r -> new EvidenceRef(EvidenceKind.valueOf(r.value1()), r.value2()));
    }

    long insertChapter(
            long analysisId,
            int position,
            String title,
            String guidance,
            ChapterThemes themes,
            boolean generated,
            String body,
            String actor,
            String actorName) {
        long id = db.insertInto(ANALYSIS_CHAPTER)
                .set(ANALYSIS_CHAPTER.ANALYSIS_ID, analysisId)
                .set(ANALYSIS_CHAPTER.POSITION, position)
                .set(ANALYSIS_CHAPTER.TITLE, title)
                .set(ANALYSIS_CHAPTER.GUIDANCE, guidance)
                .set(ANALYSIS_CHAPTER.THEMES, labels(themes))
                .set(ANALYSIS_CHAPTER.SUB_THEMES, subLabels(themes))
                .set(ANALYSIS_CHAPTER.GENERATED, generated)
                .set(ANALYSIS_CHAPTER.BODY, body)
                .set(ANALYSIS_CHAPTER.UPDATED_BY, actor)
                .set(ANALYSIS_CHAPTER.UPDATED_BY_NAME, actorName)
                .returning(ANALYSIS_CHAPTER.ID)
                .fetchSingle()
                .getId();
        recordVersion(id, 1, title, body, actor, actorName);
        return id;
    }

    /** Saves title and text if the chapter is still at {@code revision}; returns the new revision, or empty. */
    Optional<Integer> save(long chapterId, int revision, String title, String body, String actor, String actorName) {
        Optional<Integer> saved = db.update(ANALYSIS_CHAPTER)
                .set(ANALYSIS_CHAPTER.TITLE, title)
                .set(ANALYSIS_CHAPTER.BODY, body)
                .set(ANALYSIS_CHAPTER.REVISION, ANALYSIS_CHAPTER.REVISION.plus(1))
                .set(ANALYSIS_CHAPTER.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(ANALYSIS_CHAPTER.UPDATED_BY, actor)
                .set(ANALYSIS_CHAPTER.UPDATED_BY_NAME, actorName)
                .where(
                        ANALYSIS_CHAPTER.ID.eq(chapterId),
                        ANALYSIS_CHAPTER.REVISION.eq(revision),
                        ANALYSIS_CHAPTER.REMOVED.isFalse())
                .returning(ANALYSIS_CHAPTER.REVISION)
                .fetchOptional(ANALYSIS_CHAPTER.REVISION);
        saved.ifPresent(r -> recordVersion(chapterId, r, title, body, actor, actorName));
        return saved;
    }

    private void recordVersion(long chapterId, int revision, String title, String body, String actor, String name) {
        db.insertInto(ANALYSIS_CHAPTER_VERSION)
                .set(ANALYSIS_CHAPTER_VERSION.CHAPTER_ID, chapterId)
                .set(ANALYSIS_CHAPTER_VERSION.REVISION, revision)
                .set(ANALYSIS_CHAPTER_VERSION.TITLE, title)
                .set(ANALYSIS_CHAPTER_VERSION.BODY, body)
                .set(ANALYSIS_CHAPTER_VERSION.ACTOR, actor)
                .set(ANALYSIS_CHAPTER_VERSION.ACTOR_NAME, name)
                .execute();
    }

    void setPositions(List<Long> chapterIds) {
        for (int i = 0; i < chapterIds.size(); i++) {
            db.update(ANALYSIS_CHAPTER)
                    .set(ANALYSIS_CHAPTER.POSITION, i + 1)
                    .where(ANALYSIS_CHAPTER.ID.eq(chapterIds.get(i)))
                    .execute();
        }
    }

    boolean remove(long chapterId, String actor, String actorName) {
        return db.update(ANALYSIS_CHAPTER)
                        .set(ANALYSIS_CHAPTER.REMOVED, true)
                        .set(ANALYSIS_CHAPTER.REVISION, ANALYSIS_CHAPTER.REVISION.plus(1))
                        .set(ANALYSIS_CHAPTER.UPDATED_AT, DSL.currentOffsetDateTime())
                        .set(ANALYSIS_CHAPTER.UPDATED_BY, actor)
                        .set(ANALYSIS_CHAPTER.UPDATED_BY_NAME, actorName)
                        .where(ANALYSIS_CHAPTER.ID.eq(chapterId), ANALYSIS_CHAPTER.REMOVED.isFalse())
                        .execute()
                == 1;
    }

    List<ChapterVersion> versions(long chapterId) {
        return db.selectFrom(ANALYSIS_CHAPTER_VERSION)
                .where(ANALYSIS_CHAPTER_VERSION.CHAPTER_ID.eq(chapterId))
                .orderBy(ANALYSIS_CHAPTER_VERSION.REVISION.desc())
                .fetch(r ->
                        new ChapterVersion(r.getRevision(), r.getTitle(), r.getBody(), r.getAt(), r.getActorName()));
    }

    /** Attaches the evidence unless it is attached already; returns whether it was new. */
    boolean attach(long chapterId, EvidenceRef ref, String actor) {
        return db.insertInto(ANALYSIS_EVIDENCE)
                        .set(ANALYSIS_EVIDENCE.CHAPTER_ID, chapterId)
                        .set(ANALYSIS_EVIDENCE.KIND, ref.kind().name())
                        .set(ANALYSIS_EVIDENCE.REF, ref.ref())
                        .set(ANALYSIS_EVIDENCE.ADDED_BY, actor)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    boolean detach(long chapterId, EvidenceRef ref) {
        return db.deleteFrom(ANALYSIS_EVIDENCE)
                        .where(
                                ANALYSIS_EVIDENCE.CHAPTER_ID.eq(chapterId),
                                ANALYSIS_EVIDENCE.KIND.eq(ref.kind().name()),
                                ANALYSIS_EVIDENCE.REF.eq(ref.ref()))
                        .execute()
                == 1;
    }

    List<AnalysisComment> comments(long chapterId) {
        return db.selectFrom(ANALYSIS_COMMENT)
                .where(ANALYSIS_COMMENT.CHAPTER_ID.eq(chapterId))
                .orderBy(ANALYSIS_COMMENT.CREATED_AT, ANALYSIS_COMMENT.ID)
                .fetch(r -> new AnalysisComment(
                        r.getId(), r.getChapterId(), r.getAuthorName(), r.getBody(), r.getCreatedAt()));
    }

    long comment(long chapterId, String body, String actor, String actorName) {
        return db.insertInto(ANALYSIS_COMMENT)
                .set(ANALYSIS_COMMENT.CHAPTER_ID, chapterId)
                .set(ANALYSIS_COMMENT.BODY, body)
                .set(ANALYSIS_COMMENT.AUTHOR, actor)
                .set(ANALYSIS_COMMENT.AUTHOR_NAME, actorName)
                .returning(ANALYSIS_COMMENT.ID)
                .fetchSingle()
                .getId();
    }

    /** How many comments each chapter of the analysis has. */
    Map<Long, Integer> commentCounts(long analysisId) {
        return db.select(ANALYSIS_COMMENT.CHAPTER_ID, DSL.count())
                .from(ANALYSIS_COMMENT)
                .join(ANALYSIS_CHAPTER)
                .on(ANALYSIS_CHAPTER.ID.eq(ANALYSIS_COMMENT.CHAPTER_ID))
                .where(ANALYSIS_CHAPTER.ANALYSIS_ID.eq(analysisId))
                .groupBy(ANALYSIS_COMMENT.CHAPTER_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private static Chapter toChapter(AnalysisChapterRecord r, List<EvidenceRef> evidence) {
        return new Chapter(
                r.getId(),
                r.getAnalysisId(),
                r.getPosition(),
                r.getTitle(),
                r.getGuidance(),
                themes(r.getThemes()),
                subThemes(r.getSubThemes()),
                r.getGenerated(),
                r.getBody(),
                r.getRevision(),
                r.getUpdatedAt(),
                r.getUpdatedByName(),
                List.copyOf(evidence));
    }

    static List<Theme> themes(String[] labels) {
        return Arrays.stream(labels)
                .map(Theme::labelled)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Ties a chapter to other themes; its text and revision stay as they are. */
    void retag(long chapterId, ChapterThemes themes) {
        db.update(ANALYSIS_CHAPTER)
                .set(ANALYSIS_CHAPTER.THEMES, labels(themes))
                .set(ANALYSIS_CHAPTER.SUB_THEMES, subLabels(themes))
                .where(ANALYSIS_CHAPTER.ID.eq(chapterId))
                .execute();
    }

    private static String[] labels(ChapterThemes themes) {
        return themes.themes().stream().map(Theme::label).toArray(String[]::new);
    }

    private static String[] subLabels(ChapterThemes themes) {
        return themes.subThemes().stream().map(SubTheme::label).toArray(String[]::new);
    }

    static List<SubTheme> subThemes(String[] labels) {
        return Arrays.stream(labels)
                .map(SubTheme::labelled)
                .flatMap(Optional::stream)
                .toList();
    }
}

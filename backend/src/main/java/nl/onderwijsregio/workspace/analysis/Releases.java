package nl.onderwijsregio.workspace.analysis;

import static nl.onderwijsregio.db.Tables.ANALYSIS_RELEASE;
import static nl.onderwijsregio.db.Tables.ANALYSIS_RELEASE_CHAPTER;
import static nl.onderwijsregio.db.Tables.REGION;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Vastgestelde versions. Row-level security decides who reads one: its own region always, the neighbouring regions
 * when it is shared with them, the Realisatie-Eenheid (national scope) when shared with it. Only the own region
 * writes.
 */
@Repository
class Releases {

    private final DSLContext db;

    Releases(DSLContext db) {
        this.db = db;
    }

    long insert(
            long analysisId,
            String edition,
            int number,
            boolean neighbours,
            boolean national,
            String actor,
            String actorName) {
        return db.insertInto(ANALYSIS_RELEASE)
                .set(ANALYSIS_RELEASE.ANALYSIS_ID, analysisId)
                .set(ANALYSIS_RELEASE.EDITION, edition)
                .set(ANALYSIS_RELEASE.NUMBER, number)
                .set(ANALYSIS_RELEASE.SHARED_NEIGHBOURS, neighbours)
                .set(ANALYSIS_RELEASE.SHARED_NATIONAL, national)
                .set(ANALYSIS_RELEASE.SHARED_AT, neighbours || national ? DSL.currentOffsetDateTime() : null)
                .set(ANALYSIS_RELEASE.ESTABLISHED_BY, actor)
                .set(ANALYSIS_RELEASE.ESTABLISHED_BY_NAME, actorName)
                .returning(ANALYSIS_RELEASE.ID)
                .fetchSingle()
                .getId();
    }

    void insertChapter(
            long releaseId,
            int position,
            String title,
            List<Theme> themes,
            boolean generated,
            String body,
            List<EvidenceRef> evidence) {
        db.insertInto(ANALYSIS_RELEASE_CHAPTER)
                .set(ANALYSIS_RELEASE_CHAPTER.RELEASE_ID, releaseId)
                .set(ANALYSIS_RELEASE_CHAPTER.POSITION, position)
                .set(ANALYSIS_RELEASE_CHAPTER.TITLE, title)
                .set(
                        ANALYSIS_RELEASE_CHAPTER.THEMES,
                        themes.stream().map(Theme::label).toArray(String[]::new))
                .set(ANALYSIS_RELEASE_CHAPTER.GENERATED, generated)
                .set(ANALYSIS_RELEASE_CHAPTER.BODY, body)
                .set(
                        ANALYSIS_RELEASE_CHAPTER.EVIDENCE,
                        evidence.stream().map(EvidenceRef::stored).toArray(String[]::new))
                .execute();
    }

    boolean share(long releaseId, boolean neighbours, boolean national) {
        return db.update(ANALYSIS_RELEASE)
                        .set(ANALYSIS_RELEASE.SHARED_NEIGHBOURS, neighbours)
                        .set(ANALYSIS_RELEASE.SHARED_NATIONAL, national)
                        .set(
                                ANALYSIS_RELEASE.SHARED_AT,
                                neighbours || national
                                        ? DSL.coalesce(ANALYSIS_RELEASE.SHARED_AT, DSL.currentOffsetDateTime())
                                        : DSL.inline((java.time.OffsetDateTime) null))
                        .where(ANALYSIS_RELEASE.ID.eq(releaseId))
                        .execute()
                == 1;
    }

    /** Releases of one analysis of the own region, newest first. */
    List<Release> ofAnalysis(long analysisId) {
        return select(ANALYSIS_RELEASE.ANALYSIS_ID.eq(analysisId));
    }

    /** Releases of other regions this transaction may read (shared with it), newest first. */
    List<Release> sharedByOthers() {
        return select(ANALYSIS_RELEASE.REGION_ID.ne(
                DSL.coalesce(DSL.field("(select current_region_id())", String.class), DSL.inline(""))));
    }

    Optional<Release> byId(long id) {
        return select(ANALYSIS_RELEASE.ID.eq(id)).stream().findFirst();
    }

    List<ReleaseChapter> chapters(long releaseId) {
        return db.selectFrom(ANALYSIS_RELEASE_CHAPTER)
                .where(ANALYSIS_RELEASE_CHAPTER.RELEASE_ID.eq(releaseId))
                .orderBy(ANALYSIS_RELEASE_CHAPTER.POSITION)
                .fetch(r -> new ReleaseChapter(
                        r.getPosition(),
                        r.getTitle(),
                        r.getGenerated(),
                        r.getBody(),
                        Arrays.stream(r.getEvidence())
                                .map(EvidenceRef::ofStored)
                                .toList()));
    }

    private List<Release> select(Condition where) {
        return db.select(ANALYSIS_RELEASE.asterisk(), REGION.NAME)
                .from(ANALYSIS_RELEASE)
                .join(REGION)
                .on(REGION.ID.eq(ANALYSIS_RELEASE.REGION_ID))
                .where(where)
                .orderBy(ANALYSIS_RELEASE.ESTABLISHED_AT.desc(), ANALYSIS_RELEASE.ID.desc())
                .fetch(Releases::toRelease);
    }

    private static Release toRelease(Record r) {
        return new Release(
                r.get(ANALYSIS_RELEASE.ID),
                r.get(ANALYSIS_RELEASE.ANALYSIS_ID),
                r.get(ANALYSIS_RELEASE.REGION_ID),
                r.get(REGION.NAME),
                r.get(ANALYSIS_RELEASE.EDITION),
                r.get(ANALYSIS_RELEASE.NUMBER),
                r.get(ANALYSIS_RELEASE.ESTABLISHED_AT),
                r.get(ANALYSIS_RELEASE.ESTABLISHED_BY_NAME),
                r.get(ANALYSIS_RELEASE.SHARED_NEIGHBOURS),
                r.get(ANALYSIS_RELEASE.SHARED_NATIONAL));
    }
}

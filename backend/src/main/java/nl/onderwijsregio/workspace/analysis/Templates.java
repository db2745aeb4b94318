package nl.onderwijsregio.workspace.analysis;

import static nl.onderwijsregio.db.Tables.ANALYSIS_TEMPLATE_CHAPTER;

import java.util.List;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The national chapter template (no region's data; everyone reads it, the catalogue maintainer changes it). */
@Repository
class Templates {

    private final DSLContext db;

    Templates(DSLContext db) {
        this.db = db;
    }

    List<TemplateChapter> chapters() {
        return db.selectFrom(ANALYSIS_TEMPLATE_CHAPTER)
                .orderBy(ANALYSIS_TEMPLATE_CHAPTER.POSITION)
                .fetch(r -> new TemplateChapter(
                        r.getTitle(),
                        r.getGuidance(),
                        Analyses.themes(r.getThemes()),
                        Analyses.subThemes(r.getSubThemes()),
                        r.getGenerated()));
    }

    /** Replaces the whole template, under a lock so two maintainers saving at once save one after the other. */
    void replace(List<TemplateChapter> chapters, String actor) {
        db.execute("select pg_advisory_xact_lock(hashtextextended('analysis-template', 0))");
        db.deleteFrom(ANALYSIS_TEMPLATE_CHAPTER).execute();
        for (int i = 0; i < chapters.size(); i++) {
            TemplateChapter c = chapters.get(i);
            db.insertInto(ANALYSIS_TEMPLATE_CHAPTER)
                    .set(ANALYSIS_TEMPLATE_CHAPTER.POSITION, i + 1)
                    .set(ANALYSIS_TEMPLATE_CHAPTER.TITLE, c.title().strip())
                    .set(ANALYSIS_TEMPLATE_CHAPTER.GUIDANCE, c.guidance().strip())
                    .set(
                            ANALYSIS_TEMPLATE_CHAPTER.THEMES,
                            c.themes().stream().map(Theme::label).toArray(String[]::new))
                    .set(
                            ANALYSIS_TEMPLATE_CHAPTER.SUB_THEMES,
                            c.subThemes().stream().map(SubTheme::label).toArray(String[]::new))
                    .set(ANALYSIS_TEMPLATE_CHAPTER.GENERATED, c.generated())
                    .set(ANALYSIS_TEMPLATE_CHAPTER.CHANGED_BY, actor)
                    .execute();
        }
    }
}

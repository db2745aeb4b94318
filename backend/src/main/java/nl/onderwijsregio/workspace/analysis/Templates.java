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

    /**
     * Replaces the whole template if it still equals {@code opened}, under a lock so two maintainers saving at once
     * save one after the other and the second finds the template changed.
     */
    boolean replaceIfUnchanged(List<TemplateChapter> opened, List<TemplateChapter> chapters, String actor) {
        db.execute("select pg_advisory_xact_lock(hashtextextended('analysis-template', 0))");
        if (!chapters().equals(opened)) {
            return false;
        }
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
        return true;
    }
}

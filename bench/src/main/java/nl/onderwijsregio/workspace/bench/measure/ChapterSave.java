package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.Citations;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import org.springframework.context.ApplicationContext;

/**
 * A lead saves a chapter of the region's analysis (issue 14): {@link AnalysisService#save} with the chapter's current
 * revision and a changed text (~4 KB of Markdown citing 4 sources). The region's written chapters take turns. A
 * write: its floor is the same work as one transaction of plain statements on a write-capable application-role
 * connection (row-level security applies, including the policies' {@code with check}); no no-RLS variant.
 */
final class ChapterSave implements Operation {

    private final AnalysisFixture fixture;

    ChapterSave(AnalysisFixture fixture) {
        this.fixture = fixture;
    }

    @Override
    public String name() {
        return "analysis chapter save";
    }

    @Override
    public String description() {
        return "AnalysisService.save(chapter, current revision, title, changed ~4 KB Markdown text citing 4 sources),"
                + " as the region's lead; floor: read the chapter and its evidence, check the cited sources, update"
                + " the chapter where the revision matches (returning the new one), insert the version, attach the"
                + " cited sources (on conflict do nothing), update the analysis, read the chapter back — one"
                + " read-write transaction as the application role";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        long chapter = fixture.chapter(sample);
        Chapter saved = beans.getBean(AnalysisService.class)
                .save(
                        chapter,
                        fixture.revision(chapter),
                        fixture.title(chapter),
                        fixture.text(chapter, sample.index(), "app"));
        fixture.revised(chapter, saved.revision());
        return saved;
    }

    @Override
    public List<Sql> floor(Sample sample) {
        long chapter = fixture.chapter(sample);
        long analysis = fixture.of(sample).analysisId();
        int revision = fixture.revision(chapter);
        String title = fixture.title(chapter);
        String text = fixture.text(chapter, sample.index(), "floor");
        String user = sample.user();
        var cited = Citations.in(text);
        String[] catalogue = ids(cited, EvidenceKind.CATALOGUE);
        String[] register = ids(cited, EvidenceKind.REGISTER);
        String[] stored = cited.stream().map(EvidenceRef::stored).toArray(String[]::new);
        // The update below raises the revision by one; the next iteration's app save starts from there.
        fixture.revised(chapter, revision + 1);
        return List.of(
                Sql.of("select * from analysis_chapter where id = ? and not removed", chapter),
                Sql.of(EVIDENCE, chapter),
                Sql.of("select id, information from catalogue_entry where id = any(?)", (Object) catalogue),
                Sql.of(
                        "select id, what, status from register_entry where id = any(?::bigint[]) and not deleted",
                        (Object) register),
                Sql.of(
                        "update analysis_chapter set title = ?, body = ?, revision = revision + 1,"
                                + " updated_at = now(), updated_by = ?, updated_by_name = ?"
                                + " where id = ? and revision = ? and not removed returning revision",
                        title,
                        text,
                        user,
                        user,
                        chapter,
                        revision),
                Sql.of(
                        "insert into analysis_chapter_version (chapter_id, revision, title, body, actor, actor_name)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        chapter,
                        revision + 1,
                        title,
                        text,
                        user,
                        user),
                Sql.of(
                        "insert into analysis_evidence (chapter_id, kind, ref, added_by)"
                                + " select ?, split_part(r, ':', 1), split_part(r, ':', 2), ? from unnest(?) r"
                                + " on conflict do nothing",
                        chapter,
                        user,
                        (Object) stored),
                Sql.of(
                        "update analysis set updated_at = now(), updated_by = ?, updated_by_name = ? where id = ?",
                        user,
                        user,
                        analysis),
                Sql.of("select * from analysis_chapter where id = ? and not removed", chapter),
                Sql.of(EVIDENCE, chapter));
    }

    private static final String EVIDENCE =
            "select kind, ref from analysis_evidence where chapter_id = ? order by added_at, id";

    private static String[] ids(java.util.Set<EvidenceRef> refs, EvidenceKind kind) {
        return refs.stream().filter(r -> r.kind() == kind).map(EvidenceRef::ref).toArray(String[]::new);
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        return List.of();
    }

    @Override
    public boolean writes() {
        return true;
    }
}

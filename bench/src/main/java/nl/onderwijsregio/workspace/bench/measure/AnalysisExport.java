package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.analysis.AnalysisExporter;
import nl.onderwijsregio.workspace.analysis.ExportFile;
import nl.onderwijsregio.workspace.analysis.ExportFormat;
import org.springframework.context.ApplicationContext;

/**
 * A lead exports the region's full analysis (issue 14: 11 chapters, {@value AnalysisFixture#SOURCES} sources):
 * {@link AnalysisExporter#working} as DOCX (target p95 ≤ 3 s) or PDF (for information). The floor is only the database
 * reads the document needs; the rest of the app's time is rendering, so app / floor is reported, not checked.
 */
final class AnalysisExport implements Operation {

    private final AnalysisFixture fixture;
    private final ExportFormat format;
    private final double p95TargetMillis;

    AnalysisExport(AnalysisFixture fixture, ExportFormat format, double p95TargetMillis) {
        this.fixture = fixture;
        this.format = format;
        this.p95TargetMillis = p95TargetMillis;
    }

    @Override
    public String name() {
        return "analysis export " + format.name();
    }

    @Override
    public String description() {
        return "AnalysisExporter.working(analysis, " + format.name() + "): the full analysis (10 written chapters of"
                + " ~4 KB Markdown, the generated Bronnenverantwoording, " + AnalysisFixture.SOURCES
                + " sources) as a file, as the region's lead"
                + (Double.isNaN(p95TargetMillis) ? " (for information, no target)" : "")
                + "; floor: only the database reads (analysis, chapters, evidence, catalogue with partners, the"
                + " closed sources, region), not the rendering";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        ExportFile file =
                beans.getBean(AnalysisExporter.class).working(fixture.of(sample).analysisId(), format);
        if (file.content().length == 0) {
            throw new IllegalStateException("Empty " + format + " export");
        }
        return file;
    }

    @Override
    public List<Sql> floor(Sample sample) {
        long id = fixture.of(sample).analysisId();
        String chapters = "select id from analysis_chapter where analysis_id = ? and not removed";
        return List.of(
                Sql.of("select * from analysis where id = ?", id),
                Sql.of(
                        "select * from analysis_chapter where analysis_id = ? and not removed order by position, id",
                        id),
                Sql.of(
                        "select e.chapter_id, e.kind, e.ref from analysis_evidence e where e.chapter_id in (" + chapters
                                + ") order by e.added_at, e.id",
                        id),
                Sql.of("select c.*, p.name from catalogue_entry c left join data_partner p on p.id = c.partner_id"
                        + " where not c.retired order by c.position"),
                Sql.of(
                        "select r.*, c.information from register_entry r left join catalogue_entry c"
                                + " on c.id = r.catalogue_entry_id where not r.deleted and r.id in (select e.ref::bigint"
                                + " from analysis_evidence e where e.kind = 'REGISTER' and e.chapter_id in ("
                                + chapters + "))",
                        id),
                Sql.of("select * from region where id = ?", sample.region()));
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        return List.of();
    }

    @Override
    public double p95TargetMillis() {
        return p95TargetMillis;
    }

    @Override
    public boolean appOverFloorChecked() {
        return false;
    }

    @Override
    public String withoutRlsNote() {
        return "rendering dominates";
    }
}

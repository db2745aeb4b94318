package nl.onderwijsregio.workspace.bench.measure;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.ExportFormat;

/** The key operations the benchmark measures, in report order. */
public final class Operations {

    private Operations() {}

    public static List<Operation> all() {
        List<Operation> all = new ArrayList<>(List.of(
                new CatalogueSearch(),
                new RegisterPage(),
                new NeighbourFeed(),
                new FindingsSearch(),
                new PriorityCompare()));
        all.addAll(CoverageAggregate.all());
        return List.copyOf(all);
    }

    /** The names of {@link #analysis}'s operations (to know, before generating the analyses, whether any is wanted). */
    public static final List<String> ANALYSIS =
            List.of("analysis chapter save", "analysis export DOCX", "analysis export PDF");

    /** Issue 14's operations on the analyses of {@code fixture}: chapter save, DOCX export (≤ 3 s), PDF export. */
    public static List<Operation> analysis(AnalysisFixture fixture) {
        return List.of(
                new ChapterSave(fixture),
                new AnalysisExport(fixture, ExportFormat.DOCX, 3000),
                new AnalysisExport(fixture, ExportFormat.PDF, Double.NaN));
    }

    /** Whether the operation is an export (measured over fewer iterations: each takes about a second). */
    public static boolean export(Operation operation) {
        return operation instanceof AnalysisExport;
    }
}

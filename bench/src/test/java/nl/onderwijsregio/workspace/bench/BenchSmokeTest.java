package nl.onderwijsregio.workspace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.workspace.bench.measure.OperationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark working in CI: a tiny data set, a few iterations, no app process (well under a minute). */
class BenchSmokeTest {

    @Test
    void a_tiny_run_loads_the_data_set_measures_every_operation_and_writes_the_report(@TempDir Path out)
            throws Exception {
        BenchResults results = Bench.run(BenchOptions.parse(
                "--scale",
                "0.02",
                "--iterations",
                "8",
                "--warmup",
                "2",
                "--analysis-regions",
                "1",
                "--export-iterations",
                "1",
                "--export-warmup",
                "0",
                "--no-app",
                "--out",
                out.toString()));

        assertThat(results.rows())
                .containsKeys(
                        "region",
                        "region_neighbour",
                        "register_entry",
                        "register_event",
                        "finding",
                        "finding_comment",
                        "finding_read",
                        "priority",
                        "priority_catalogue_link");
        assertThat(results.rows().get("finding")).isBetween(300L, 500L);
        assertThat(results.rows().get("priority")).isBetween(30L, 50L);
        assertThat(results.rows().get("register_entry")).isBetween(300L, 500L);
        assertThat(results.operations())
                .extracting(OperationResult::name)
                .containsExactly(
                        "catalogue search",
                        "register page",
                        "neighbour feed",
                        "findings search",
                        "priority comparison",
                        "coverage matrix",
                        "coverage sources",
                        "coverage gaps",
                        "coverage priorities",
                        "coverage trend",
                        "coverage analyses",
                        "analysis chapter save",
                        "analysis export DOCX",
                        "analysis export PDF");
        assertThat(results.operations()).allSatisfy(op -> {
            assertThat(op.app().count()).isEqualTo(op.name().startsWith("analysis export") ? 1 : 8);
            assertThat(op.floor().p50()).isPositive();
        });
        // One full analysis, written through AnalysisService: 11 chapters (each with its first version), 10 of them
        // saved with text, 100 sources attached.
        assertThat(results.rows().get("analysis")).isEqualTo(1L);
        assertThat(results.rows().get("analysis_chapter")).isEqualTo(11L);
        assertThat(results.rows().get("analysis_chapter_version")).isEqualTo(21L);
        assertThat(results.rows().get("analysis_evidence")).isEqualTo(100L);
        assertThat(results.checks()).isNotEmpty();
        Path markdown = Report.write(results);
        assertThat(Files.readString(markdown))
                .contains(
                        "| register page |",
                        "| coverage matrix |",
                        "– (security definer)",
                        "| analysis chapter save |",
                        "– (a write)",
                        "analysis export DOCX: p95 (app)",
                        "PASS");
        assertThat(out.resolve("scale-0.02.json")).exists();
    }
}

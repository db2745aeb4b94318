package nl.onderwijsregio.workspace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.workspace.bench.measure.HttpLoad.HttpResult;
import nl.onderwijsregio.workspace.bench.measure.Latencies;
import nl.onderwijsregio.workspace.bench.measure.OperationResult;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's results as Markdown (for people) and JSON (for comparing runs). */
final class Report {

    private Report() {}

    static Path write(BenchResults results) throws IOException {
        Path dir = results.options().out();
        Files.createDirectories(dir);
        String name = "scale-" + results.options().scaleName();
        JsonMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        var tree = json.valueToTree(results);
        ((tools.jackson.databind.node.ObjectNode) tree).set("checks", json.valueToTree(results.checks()));
        Files.writeString(dir.resolve(name + ".json"), json.writeValueAsString(tree) + "\n");
        Path markdown = dir.resolve(name + ".md");
        Files.writeString(markdown, markdown(results));
        return markdown;
    }

    static String markdown(BenchResults r) {
        StringBuilder md = new StringBuilder();
        Machine m = r.machine();
        md.append("# Benchmark, scale ").append(r.options().scaleName()).append("\n\n");
        md.append("Measured ")
                .append(r.measuredAt())
                .append(" on ")
                .append(m.cores())
                .append(" cores (")
                .append(m.cpu())
                .append("), ")
                .append(f(m.ramGb()))
                .append(" GB RAM, ")
                .append(m.jdk())
                .append(", ")
                .append(m.os())
                .append(", ")
                .append(m.postgresql())
                .append(". The machine was shared with other " + "builds: expect noise. Load average (1, 5, 15 min): ")
                .append(String.join("; ", r.loadAverages()))
                .append(".\n\n");
        md.append("Data set (rows): ");
        md.append(
                String.join(", ", r.rows().entrySet().stream().map(Report::rows).toList()));
        md.append("; generated and loaded in ").append(f(r.loadSeconds())).append(" s.\n\n");
        md.append(
                "## Targets\n\nSet for scale 10 on 2 cores.\n\n| target | measured | limit | |\n|---|---:|---:|---|\n");
        for (BenchResults.Check c : r.checks()) {
            md.append("| ")
                    .append(c.target())
                    .append(" | ")
                    .append(f(c.measured()))
                    .append(' ')
                    .append(c.unit())
                    .append(" | ")
                    .append(f(c.limit()))
                    .append(' ')
                    .append(c.unit())
                    .append(" | ")
                    .append(c.pass() ? "PASS" : "MISS")
                    .append(" |\n");
        }
        md.append("\n## Key operations (ms, ")
                .append(r.options().iterations())
                .append(" iterations each, after ")
                .append(r.options().warmup())
                .append(" warm-up iterations of every key operation)\n\n");
        md.append("| operation | n | app p50 | app p95 | app p99 | app max | floor p50 | floor p95 | no-RLS p50 "
                + "| no-RLS p95 | app/floor | RLS overhead |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (OperationResult op : r.operations()) {
            Latencies none = op.withoutRls();
            md.append("| ")
                    .append(op.name())
                    .append(" | ")
                    .append(op.app().count())
                    .append(" | ")
                    .append(f(op.app().p50()))
                    .append(" | ")
                    .append(f(op.app().p95()))
                    .append(" | ")
                    .append(f(op.app().p99()))
                    .append(" | ")
                    .append(f(op.app().max()))
                    .append(" | ")
                    .append(f(op.floor().p50()))
                    .append(" | ")
                    .append(f(op.floor().p95()))
                    .append(" | ")
                    .append(none == null ? "–" : f(none.p50()))
                    .append(" | ")
                    .append(none == null ? "–" : f(none.p95()))
                    .append(" | ")
                    .append(f(op.appOverFloor()))
                    .append(op.appOverFloorChecked() ? "" : " (not checked)")
                    .append(" | ")
                    .append(none == null ? "– (" + op.withoutRlsNote() + ")" : f(op.rlsOverhead()))
                    .append(" |\n");
        }
        md.append('\n');
        for (OperationResult op : r.operations()) {
            md.append("- *")
                    .append(op.name())
                    .append("*: ")
                    .append(op.description())
                    .append('\n');
        }
        md.append("- *floor*: the same statements over plain JDBC as the application role in one read-only "
                + "transaction (read-write for a write; row-level security applies); *no-RLS*: those statements "
                + "with an explicit `region_id = ?` as the superuser, which bypasses row-level security; *n*: "
                + "measured iterations (the exports fewer, after `--export-warmup` warm-up exports).\n");
        appendApp(md, r);
        return md.toString();
    }

    private static void appendApp(StringBuilder md, BenchResults r) {
        if (r.coldStartSeconds() == null) {
            md.append("\nThe app was not started (`--no-app`): no HTTP, session or cold-start figures.\n");
            return;
        }
        md.append("\n## HTTP API under load (loopback, JVM client, closed loop)\n\n")
                .append("| endpoint | threads | seconds | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (HttpResult h : r.http()) {
            md.append("| `")
                    .append(h.endpoint())
                    .append("` | ")
                    .append(h.threads())
                    .append(" | ")
                    .append(h.seconds())
                    .append(" | ")
                    .append(h.requests())
                    .append(" | ")
                    .append(h.errors())
                    .append(" | ")
                    .append(f(h.requestsPerSecond()))
                    .append(" | ")
                    .append(f(h.latencies().p50()))
                    .append(" | ")
                    .append(f(h.latencies().p95()))
                    .append(" | ")
                    .append(f(h.latencies().p99()))
                    .append(" |\n");
        }
        var s = r.sessions();
        md.append("\n## App process\n\n- Cold start (JVM launch to first HTTP 200 of `/welkom`, database already "
                        + "migrated): ")
                .append(f(r.coldStartSeconds()))
                .append(" s\n");
        if (s != null) {
            md.append("- Heap per idle Vaadin session: ")
                    .append(f(s.bytesPerSession() / 1024))
                    .append(" KiB (")
                    .append(s.sessions())
                    .append(" anonymous sessions on the landing page, each the page request and "
                            + "the UI init request; Tomcat counted ")
                    .append(s.sessionsSeenByTomcat())
                    .append(" new sessions, ")
                    .append(s.uisCreated())
                    .append(" UIs created; heap after GC ")
                    .append(f(s.heapBefore() / 1048576.0))
                    .append(" → ")
                    .append(f(s.heapAfter() / 1048576.0))
                    .append(" MiB).\n");
        }
        var signedIn = r.signedIn();
        if (signedIn != null) {
            md.append("\n## Heap per signed-in session\n\nEach session: a real OIDC login (authorization-code flow "
                    + "against the bench's issuer), then the screen's page and its UI init request. Used heap "
                    + "after GC before and after each screen's sessions.\n\n"
                    + "| screen | route | sessions | UIs | heap before MiB | heap after MiB | KiB per session |\n"
                    + "|---|---|---:|---:|---:|---:|---:|\n");
            for (var screen : signedIn.screens()) {
                md.append("| ")
                        .append(screen.screen())
                        .append(" | `")
                        .append(screen.path())
                        .append("` | ")
                        .append(screen.sessions())
                        .append(" | ")
                        .append(screen.uisCreated())
                        .append(" | ")
                        .append(f(screen.heapBefore() / 1048576.0))
                        .append(" | ")
                        .append(f(screen.heapAfter() / 1048576.0))
                        .append(" | ")
                        .append(f(screen.bytesPerSession() / 1024))
                        .append(" |\n");
            }
            md.append("\nMean ")
                    .append(f(signedIn.bytesPerSession() / 1024))
                    .append(" KiB per signed-in session: a 1 GiB heap holds about ")
                    .append(signedIn.sessionsPerGiB())
                    .append(" such sessions besides the app's own ")
                    .append(f(signedIn.heapBaseline() / 1048576.0))
                    .append(" MiB.\n");
        }
    }

    private static String rows(Map.Entry<String, Long> e) {
        return e.getKey() + " " + e.getValue();
    }

    static String f(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}

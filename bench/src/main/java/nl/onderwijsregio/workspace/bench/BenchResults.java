package nl.onderwijsregio.workspace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.bench.measure.HttpLoad.HttpResult;
import nl.onderwijsregio.workspace.bench.measure.OperationResult;
import nl.onderwijsregio.workspace.bench.measure.SessionHeap.SessionResult;
import nl.onderwijsregio.workspace.bench.measure.SignedInSessions;
import org.jspecify.annotations.Nullable;

/** Everything one run measured, and the checks against the targets. */
public record BenchResults(
        String measuredAt,
        BenchOptions options,
        Machine machine,
        Map<String, Long> rows,
        double loadSeconds,
        List<OperationResult> operations,
        @Nullable Double coldStartSeconds,
        @Nullable SessionResult sessions,
        SignedInSessions.@Nullable Result signedIn,
        List<HttpResult> http,
        List<String> loadAverages) {

    static final double APP_OVER_FLOOR = 2.0;
    static final double RLS_OVERHEAD = 1.2;
    static final double BYTES_PER_SESSION = 1024 * 1024;
    static final double BYTES_PER_SIGNED_IN_SESSION = 300 * 1024;
    static final double COLD_START_SECONDS = 8;
    static final String MATRIX_ENDPOINT = "GET /api/v1/coverage/matrix (national)";
    /** The same, by a client that accepts gzip (as BI tools and browsers do): checked against the same targets. */
    static final String MATRIX_GZIP_ENDPOINT = "GET /api/v1/coverage/matrix (national, gzip)";

    static final double MATRIX_REQUESTS_PER_SECOND = 200;
    static final double MATRIX_P95_MILLIS = 100;

    /** One target: what, the measured value, the limit, and whether it is met. */
    public record Check(String target, double measured, double limit, String unit, boolean pass) {}

    /** The targets of issues 9 and 22 (set for scale 10 on 2 cores) applied to this run's figures. */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (OperationResult op : operations) {
            if (!Double.isNaN(op.p95TargetMillis())) {
                checks.add(check(op.name() + ": p95 (app)", op.app().p95(), op.p95TargetMillis(), "ms"));
            }
            if (op.appOverFloorChecked()) {
                checks.add(check(op.name() + ": app / floor (p50)", op.appOverFloor(), APP_OVER_FLOOR, "×"));
            }
            if (op.withoutRls() != null) {
                checks.add(check(op.name() + ": RLS overhead (p50)", op.rlsOverhead(), RLS_OVERHEAD, "×"));
            }
        }
        if (sessions != null) {
            checks.add(check(
                    "heap per idle session (anonymous landing page UI)",
                    sessions.bytesPerSession() / 1024,
                    BYTES_PER_SESSION / 1024,
                    "KiB"));
        }
        if (signedIn != null) {
            for (SignedInSessions.ScreenResult screen : signedIn.screens()) {
                checks.add(check(
                        "heap per signed-in session: " + screen.screen(),
                        screen.bytesPerSession() / 1024,
                        BYTES_PER_SIGNED_IN_SESSION / 1024,
                        "KiB"));
            }
        }
        for (HttpResult h : http) {
            if (h.endpoint().equals(MATRIX_ENDPOINT) || h.endpoint().equals(MATRIX_GZIP_ENDPOINT)) {
                checks.add(new Check(
                        h.endpoint() + ": requests/s (at least)",
                        h.requestsPerSecond(),
                        MATRIX_REQUESTS_PER_SECOND,
                        "req/s",
                        h.requestsPerSecond() >= MATRIX_REQUESTS_PER_SECOND));
                checks.add(check(h.endpoint() + ": p95", h.latencies().p95(), MATRIX_P95_MILLIS, "ms"));
            }
        }
        if (coldStartSeconds != null) {
            checks.add(check("cold start to first HTTP 200", coldStartSeconds, COLD_START_SECONDS, "s"));
        }
        return checks;
    }

    private static Check check(String target, double measured, double limit, String unit) {
        return new Check(target, measured, limit, unit, measured <= limit);
    }
}

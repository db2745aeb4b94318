package nl.onderwijsregio.workspace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.bench.measure.HttpLoad.HttpResult;
import nl.onderwijsregio.workspace.bench.measure.OperationResult;
import nl.onderwijsregio.workspace.bench.measure.SessionHeap.SessionResult;
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
        List<HttpResult> http) {

    static final double APP_OVER_FLOOR = 2.0;
    static final double RLS_OVERHEAD = 1.2;
    static final double BYTES_PER_SESSION = 1024 * 1024;
    static final double COLD_START_SECONDS = 10;

    /** One target: what, the measured value, the limit, and whether it is met. */
    public record Check(String target, double measured, double limit, String unit, boolean pass) {}

    /** The targets of issue 9 (set for scale 10 on 2 cores) applied to this run's figures. */
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
        if (coldStartSeconds != null) {
            checks.add(check("cold start to first HTTP 200", coldStartSeconds, COLD_START_SECONDS, "s"));
        }
        return checks;
    }

    private static Check check(String target, double measured, double limit, String unit) {
        return new Check(target, measured, limit, unit, measured <= limit);
    }
}

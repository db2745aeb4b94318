package nl.onderwijsregio.workspace.bench.measure;

import org.jspecify.annotations.Nullable;

/**
 * The measured latencies of one operation.
 *
 * @param national   a national aggregate (security definer): no region, no row-level security variant
 * @param app        through the app's service
 * @param floor      the same answer as raw SQL, application role, row-level security applies
 * @param withoutRls the floor's statements as the superuser with an explicit region predicate; null if not scoped
 * @param appOverFloorChecked whether app / floor is held to its target (not for exports: rendering dominates)
 * @param withoutRlsNote     why {@code withoutRls} is null, for the report
 */
public record OperationResult(
        String name,
        String description,
        double p95TargetMillis,
        boolean national,
        Latencies app,
        Latencies floor,
        @Nullable Latencies withoutRls,
        boolean appOverFloorChecked,
        String withoutRlsNote) {

    /** How much slower the app is than the floor, at the median. */
    public double appOverFloor() {
        return app.p50() / floor.p50();
    }

    /** How much slower the query is with row-level security than without, at the median; NaN if not scoped. */
    public double rlsOverhead() {
        return withoutRls == null ? Double.NaN : floor.p50() / withoutRls.p50();
    }
}

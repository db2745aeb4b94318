package nl.onderwijsregio.workspace.bench.measure;

import java.util.Arrays;

/** Percentiles (nearest rank) of a set of measured durations. */
public record Latencies(int count, double p50, double p95, double p99, double max) {

    /** From durations in nanoseconds; the results are in milliseconds. */
    public static Latencies ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(
                sorted.length,
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

package fr.education.traam.bench;

import java.util.Arrays;

/**
 * A latency distribution in milliseconds, by nearest rank: with a few hundred samples an interpolated p99 would
 * claim a precision the run does not have.
 */
record Latencies(int count, double p50, double p95, double p99, double max) {

    static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                millis(sorted[sorted.length - 1]));
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return millis(sorted[Math.max(0, Math.min(index, sorted.length - 1))]);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}

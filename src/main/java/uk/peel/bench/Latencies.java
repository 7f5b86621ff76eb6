package uk.peel.bench;

import java.util.Arrays;

/**
 * Response times of one run of queries, summarised the way the targets are stated. Percentiles are by the
 * nearest-rank method (the smallest time at least p% of queries took no longer than), so p99 of 1,000 queries is
 * the 990th fastest: an actual measured time, never an interpolation between two.
 */
final class Latencies {

    private Latencies() {
    }

    /** One configuration's result, in milliseconds and queries per second. */
    record Summary(int count, int errors, double mean, double p50, double p95, double p99, double max, double qps) {

        /** The {@code key=value} form of the summary line. */
        String keyValues() {
            return "p50=%s p95=%s p99=%s max=%s mean=%s qps=%.1f n=%d errors=%d".formatted(ms(p50), ms(p95), ms(p99),
                    ms(max), ms(mean), qps, count, errors);
        }

        private static String ms(double millis) {
            return millis >= 100 ? "%.0fms".formatted(millis) : millis >= 10 ? "%.1fms".formatted(millis)
                    : "%.2fms".formatted(millis);
        }
    }

    /**
     * Summarises response times given in nanoseconds, measured over {@code wallNanos} of wall-clock time (which,
     * with several clients at once, is less than their sum: throughput is queries answered per wall-clock second).
     */
    static Summary summarise(long[] nanos, int errors, long wallNanos) {
        if (nanos.length == 0) {
            return new Summary(0, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Summary(sorted.length, errors, sum / sorted.length / 1e6, percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6,
                wallNanos > 0 ? sorted.length / (wallNanos / 1e9) : 0);
    }

    /** The nearest-rank {@code p}th percentile of ascending {@code sorted} values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
        }
        // p * n first: 0.99 * 1000 is 989.99..., 99 * 1000 / 100 is exactly 990.
        int rank = (int) Math.ceil(p * sorted.length / 100);
        return sorted[Math.max(rank, 1) - 1];
    }
}

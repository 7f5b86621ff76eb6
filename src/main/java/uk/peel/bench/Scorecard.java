package uk.peel.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one search method achieved on one set of queries: for each query, the rank at which the true record came
 * back (1 is first; 0 when it was not returned at all) and how long the search took.
 */
final class Scorecard {

    /** Rank of a result that was not returned. */
    static final int NOT_FOUND = 0;

    private final Map<String, Integer> ranks = new LinkedHashMap<>();
    private long[] nanos = new long[64];
    private int timed;

    /** The 1-based position of {@code wanted} in {@code ids}, or {@link #NOT_FOUND}. */
    static int rankOf(String wanted, List<String> ids) {
        int index = ids.indexOf(wanted);
        return index < 0 ? NOT_FOUND : index + 1;
    }

    /** Records one query, keyed by the person it looked for (each person is looked for once per set). */
    void record(String person, int rank, long elapsedNanos) {
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be 0 (not found) or positive, got " + rank);
        }
        if (ranks.putIfAbsent(person, rank) != null) {
            throw new IllegalArgumentException(person + " was already recorded");
        }
        if (timed == nanos.length) {
            nanos = Arrays.copyOf(nanos, timed * 2);
        }
        nanos[timed++] = elapsedNanos;
    }

    int queries() {
        return ranks.size();
    }

    /** The rank recorded for the query that looked for {@code person}, or null if there was none. */
    Integer rank(String person) {
        return ranks.get(person);
    }

    /** The share of queries whose true record came back within the first {@code k}. */
    double recallAt(int k) {
        return recallAt(k, ranks.keySet());
    }

    /** Recall at {@code k} over the queries for the given people only (those not recorded are ignored). */
    double recallAt(int k, Iterable<String> people) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int counted = 0;
        int found = 0;
        for (String person : people) {
            Integer rank = ranks.get(person);
            if (rank != null) {
                counted++;
                if (rank != NOT_FOUND && rank <= k) {
                    found++;
                }
            }
        }
        return counted == 0 ? Double.NaN : (double) found / counted;
    }

    double meanMillis() {
        return timed == 0 ? Double.NaN : Arrays.stream(nanos, 0, timed).average().orElseThrow() / 1e6;
    }

    /** The {@code p}th percentile latency (nearest rank), e.g. 95. */
    double percentileMillis(double p) {
        if (timed == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, timed);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * timed) - 1;
        return sorted[Math.clamp(index, 0, timed - 1)] / 1e6;
    }
}

package uk.peel.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.peel.namematch.NameIndex;
import uk.peel.namematch.NameVariants;
import uk.peel.namematch.SurnameFrequencies;
import uk.peel.namematch.WeightEstimate;

/**
 * The duplicate finder on FEBRL dataset 3: every record indexed, each asked for the records most like it
 * ({@link NameIndex#similarTo}), and the pairs found compared with FEBRL's answer (records of the same
 * {@code rec-N}). Names and dates of birth only: no {@code soc_sec_id}, no address. Precision, recall and F1 over
 * pairs at the recommended threshold and a few others, so the trade-off can be seen.
 */
final class DuplicateQuality {

    /**
     * The score at or above which a pair is offered as a probable duplicate. Just above 0.67, where pairs sit whose
     * only agreement is an exact date of birth (both names different): a reviewer should not be asked whether two
     * people are one because they share a birthday. See docs/benchmarks.md for the curve on FEBRL 3.
     */
    static final double RECOMMENDED_THRESHOLD = 0.7;
    static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};
    /** Records asked for per record: FEBRL 3 has at most six records of one person. */
    private static final int SIMILAR = 10;

    /** Precision, recall and F1 of the pairs offered at one threshold. */
    record Point(double threshold, int offered, int right, int truePairs) {
        double precision() {
            return offered == 0 ? 1 : (double) right / offered;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) right / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** What the run found: the curve, and the mean time of one similarTo. */
    record Result(List<Point> curve, double meanMillis, int records) {
        Point at(double threshold) {
            return curve.stream().filter(point -> point.threshold() == threshold).findFirst().orElseThrow();
        }
    }

    private DuplicateQuality() {
    }

    static Result measure(List<FebrlRecord> records) {
        Map<String, Double> scores = new HashMap<>();
        long nanos = 0;
        try (NameIndex index = NameIndex.inMemory(NameVariants.standard(), SurnameFrequencies.standardUk())) {
            records.forEach(record -> index.put(record.id(), PeelSearch.candidate(record)));
            index.refresh();
            for (FebrlRecord record : records) {
                long start = System.nanoTime();
                List<NameIndex.Hit> hits = index.similarTo(record.id(), PeelSearch.candidate(record), SIMILAR);
                nanos += System.nanoTime() - start;
                for (NameIndex.Hit hit : hits) {
                    scores.merge(pair(record.id(), hit.id()), hit.match().score(), Math::max);
                }
            }
        }
        Map<String, String> personOf = new HashMap<>();
        records.forEach(record -> personOf.put(record.id(), record.person()));
        int truePairs = truePairs(records);
        List<Point> curve = new ArrayList<>();
        for (double threshold : THRESHOLDS) {
            int offered = 0;
            int right = 0;
            for (var entry : scores.entrySet()) {
                if (entry.getValue() >= threshold) {
                    offered++;
                    String[] ids = entry.getKey().split("\t");
                    if (personOf.get(ids[0]).equals(personOf.get(ids[1]))) {
                        right++;
                    }
                }
            }
            curve.add(new Point(threshold, offered, right, truePairs));
        }
        return new Result(curve, nanos / 1e6 / Math.max(1, records.size()), records.size());
    }

    static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "FEBRL 3 duplicate finding: %,d records indexed, each asked for the %d most similar others "
                + "(names and date of birth only; no soc_sec_id, no address); %,d true pairs; %.2f ms per record%n",
                result.records(), SIMILAR, result.at(RECOMMENDED_THRESHOLD).truePairs(), result.meanMillis());
        out.printf(Locale.ROOT, "  %9s %9s %9s %9s %9s %9s%n", "threshold", "offered", "right", "precision", "recall", "F1");
        for (Point point : result.curve()) {
            out.printf(Locale.ROOT, "  %9.2f %9d %9d %9.4f %9.4f %9.4f%s%n", point.threshold(), point.offered(), point.right(),
                    point.precision(), point.recall(), point.f1(), point.threshold() == RECOMMENDED_THRESHOLD ? "  <- recommended" : "");
        }
        Point chosen = result.at(RECOMMENDED_THRESHOLD);
        out.printf(Locale.ROOT, "febrl3 threshold=%.2f precision=%.4f recall=%.4f f1=%.4f%n", RECOMMENDED_THRESHOLD,
                chosen.precision(), chosen.recall(), chosen.f1());
    }

    /**
     * The matcher's weights estimated afresh on these records (FEBRL 3), beside the weights in use, which were
     * estimated the same way: the figures behind NameAgreement and DateAgreement, reproducible.
     */
    static void printWeights(List<FebrlRecord> records, PrintStream out) {
        Map<String, List<uk.peel.namematch.Candidate>> people = new java.util.LinkedHashMap<>();
        records.forEach(record -> people.computeIfAbsent(record.person(), k -> new ArrayList<>()).add(PeelSearch.candidate(record)));
        out.println("Fellegi-Sunter weights estimated on these records (m: pairs of one person; u: random pairs; bits = log2(m/u)):");
        WeightEstimate.of(List.copyOf(people.values()), 300_000, 20261124L, NameVariants.standard()).report()
                .forEach(line -> out.println("  " + line));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
    }

    private static int truePairs(List<FebrlRecord> records) {
        Map<String, Integer> sizes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (FebrlRecord record : records) {
            if (seen.add(record.id())) {
                sizes.merge(record.person(), 1, Integer::sum);
            }
        }
        return sizes.values().stream().mapToInt(n -> n * (n - 1) / 2).sum();
    }
}

package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.peel.namematch.NameVariants;

/**
 * {@code peel bench search-quality}: the accuracy evidence. Indexes the 5,000 FEBRL 4a records (names and
 * date of birth only) and asks for each with its corrupted 4b duplicate, measuring recall at 1 and 10 and the mean
 * time per query, for Peel and, on the same queries in the same run, a legacy Soundex key search and a PostgreSQL
 * pg_trgm + dmetaphone query. Then the same with nicknames and surname variants substituted, an analysis of
 * Peel's misses, and the duplicate finder's pair precision and recall on FEBRL dataset 3. The last line is a
 * summary of key=value pairs for scripts.
 */
final class SearchQuality {

    static final int TOP = 10;
    /** Enough for recall to two decimal places, small enough for a minute on two busy cores. */
    static final int QUICK_QUERIES = 1_000;
    static final int QUICK_SUBSTITUTED = 250;
    private static final int WARM_UP = 200;
    private static final int MISS_SAMPLE = 20;
    static final double TARGET_AT_1 = 0.98;
    static final double TARGET_AT_10 = 0.995;

    /** Where the data lives (relative to the working directory unless absolute), and how much of it to use. */
    record Options(Path data, boolean quick, Path missesFile) {
    }

    private final Options options;
    private final PrintStream out;

    SearchQuality(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void run() throws IOException {
        List<FebrlRecord> indexed = Febrl.read(options.data().resolve("dataset4a.csv"));
        List<FebrlRecord> duplicates = Febrl.read(options.data().resolve("dataset4b.csv"));
        QuerySet febrl = QuerySet.febrl(indexed, duplicates, options.quick() ? QUICK_QUERIES : Integer.MAX_VALUE);
        int substituted = options.quick() ? QUICK_SUBSTITUTED : Integer.MAX_VALUE;
        List<QuerySet> sets = List.of(febrl, QuerySet.nicknames(febrl, NameVariants.standard()).first(substituted),
                QuerySet.surnameVariants(febrl, options.data().resolve("lastname_uk_variant.csv")).first(substituted));

        out.printf(Locale.ROOT, "search-quality%s: %,d records of %s indexed (given name, surname, date of birth only); "
                + "%,d FEBRL 4b queries%n", options.quick() ? " (quick)" : "", indexed.size(),
                options.data().resolve("dataset4a.csv"), febrl.size());
        out.printf(Locale.ROOT, "Machine: %d processors, Java %s, load average %.2f at the start%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), loadAverage());
        out.println("Queries are free text \"given surname DD/MM/YYYY\" for Peel (read by SearchText), the same fields for "
                + "the baselines; a missing or impossible date of birth is left out.");

        Map<String, Map<String, Scorecard>> results = new LinkedHashMap<>();
        MissAnalysis misses;
        try (PeelSearch peel = timedSetUp(() -> new PeelSearch(indexed))) {
            results.put(peel.key(), measure(peel, sets));
            misses = new MissAnalysis(peel, febrl, results.get(peel.key()).get(febrl.key()), indexed);
        }
        try (SoundexSearch soundex = timedSetUp(() -> new SoundexSearch(indexed))) {
            results.put(soundex.key(), measure(soundex, sets));
        }
        try (PostgresSearch postgres = timedSetUp(() -> new PostgresSearch(indexed))) {
            results.put(postgres.key(), measure(postgres, sets));
            SearchMethod surnameKeyed = postgres.surnameKeyed();
            out.printf(Locale.ROOT, "  also     %-8s %s%n", surnameKeyed.key(), surnameKeyed.description());
            results.put(surnameKeyed.key(), measure(surnameKeyed, sets));
        }

        out.printf(Locale.ROOT, "Load average %.2f at the end (latency is wall-clock time per query: other work on the machine adds to it)%n",
                loadAverage());
        out.println();
        printTable(sets, results);
        out.println();
        misses.print(out, MISS_SAMPLE);
        if (options.missesFile() != null) {
            misses.write(options.missesFile());
            out.println("All misses written to " + options.missesFile());
        }
        out.println();
        Path febrl3 = options.data().resolve("dataset3.csv");
        if (Files.isRegularFile(febrl3)) {
            List<FebrlRecord> records = Febrl.read(febrl3);
            DuplicateQuality.print(DuplicateQuality.measure(records), out);
            DuplicateQuality.printWeights(records, out);
        } else {
            out.println("FEBRL 3 duplicate finding skipped: no " + febrl3);
        }
        out.println();
        out.println(summary(febrl, sets, results));
    }

    private interface SetUp<T extends SearchMethod> {
        T get();
    }

    private <T extends SearchMethod> T timedSetUp(SetUp<T> setUp) {
        long start = System.nanoTime();
        T method = setUp.get();
        out.printf(Locale.ROOT, "  set up %-8s in %5.1f s: %s%n", method.key(), (System.nanoTime() - start) / 1e9, method.description());
        return method;
    }

    private Map<String, Scorecard> measure(SearchMethod method, List<QuerySet> sets) {
        // The JIT and caches settle first, so the timings are of the steady state a running server sees.
        sets.getFirst().probes().stream().limit(WARM_UP).forEach(probe -> method.search(probe.query(), TOP));
        Map<String, Scorecard> cards = new LinkedHashMap<>();
        for (QuerySet set : sets) {
            Scorecard card = new Scorecard();
            for (QuerySet.Probe probe : set.probes()) {
                long start = System.nanoTime();
                List<String> ids = method.search(probe.query(), TOP);
                long elapsed = System.nanoTime() - start;
                card.record(probe.truth().person(), Scorecard.rankOf(probe.truth().id(), ids), elapsed);
            }
            cards.put(set.key(), card);
        }
        return cards;
    }

    private void printTable(List<QuerySet> sets, Map<String, Map<String, Scorecard>> results) {
        QuerySet febrl = sets.getFirst();
        out.printf(Locale.ROOT, "%-58s %-15s %9s %9s %9s %9s%n", "query set (queries)", "method", "recall@1", "recall@10", "mean ms", "p95 ms");
        for (QuerySet set : sets) {
            String title = String.format(Locale.ROOT, "%s (%,d)", set.title(), set.size());
            for (var method : results.entrySet()) {
                Scorecard card = method.getValue().get(set.key());
                out.printf(Locale.ROOT, "%-58s %-15s %9.4f %9.4f %9.3f %9.3f%n", title, method.getKey(), card.recallAt(1),
                        card.recallAt(TOP), card.meanMillis(), card.percentileMillis(95));
                title = "";
            }
            if (set != febrl) {
                StringBuilder plain = new StringBuilder("  the same people's unaltered FEBRL queries:");
                results.forEach((key, cards) -> plain.append(String.format(Locale.ROOT, " %s %.4f / %.4f;", key,
                        cards.get(febrl.key()).recallAt(1, set.people()), cards.get(febrl.key()).recallAt(TOP, set.people()))));
                out.println(plain);
            }
        }
        Scorecard peel = results.get("peel").get(febrl.key());
        out.printf(Locale.ROOT, "%nPeel on FEBRL 4: recall@1 %.4f (target %.3f: %s), recall@10 %.4f (target %.3f: %s)%n",
                peel.recallAt(1), TARGET_AT_1, peel.recallAt(1) >= TARGET_AT_1 ? "met" : "NOT MET",
                peel.recallAt(TOP), TARGET_AT_10, peel.recallAt(TOP) >= TARGET_AT_10 ? "met" : "NOT MET");
    }

    /** One line of key=value pairs: Peel's FEBRL 4 figures unprefixed, everything else prefixed by method and set. */
    static String summary(QuerySet febrl, List<QuerySet> sets, Map<String, Map<String, Scorecard>> results) {
        List<String> pairs = new ArrayList<>();
        pairs.add("task=febrl4");
        pairs.add("queries=" + febrl.size());
        Scorecard peel = results.get("peel").get(febrl.key());
        for (var method : results.entrySet()) {
            for (QuerySet set : sets) {
                String prefix = (method.getKey().equals("peel") ? "" : method.getKey() + "_")
                        + (set == febrl ? "" : set.key() + "_");
                Scorecard card = method.getValue().get(set.key());
                pairs.add(prefix + "recall@1=" + decimal(card.recallAt(1)));
                pairs.add(prefix + "recall@10=" + decimal(card.recallAt(TOP)));
                if (set == febrl) {
                    pairs.add(prefix + "latency_ms=" + decimal(card.meanMillis()));
                } else {
                    pairs.add(prefix + "queries=" + set.size());
                }
            }
        }
        results.forEach((key, cards) -> {
            if (!key.equals("peel")) {
                pairs.add("latency_ratio_" + key + "=" + decimal(peel.meanMillis() / cards.get(febrl.key()).meanMillis()));
            }
        });
        pairs.add("targets_met=" + (peel.recallAt(1) >= TARGET_AT_1 && peel.recallAt(TOP) >= TARGET_AT_10));
        return String.join(" ", pairs);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.1f" : "%.4f", value);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static boolean dataPresent(Path data) {
        return Files.isRegularFile(data.resolve("dataset4a.csv")) && Files.isRegularFile(data.resolve("dataset4b.csv"))
                && Files.isRegularFile(data.resolve("lastname_uk_variant.csv"));
    }
}

package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Re-estimates the scorer's Fellegi–Sunter weights from labelled records, so the figures written into
 * {@link NameAgreement} and {@link DateAgreement} can be checked and redone: m from every pair of records of one
 * person, u from random pairs of records of different people, each level's weight log2(m/u). Compares each record's
 * own name (surname and first forename) and first date of birth, as FEBRL records have one of each.
 */
public final class WeightEstimate {

    private static final String MISSING = "MISSING";

    private final Map<String, int[]> same = new TreeMap<>();
    private final Map<String, int[]> different = new TreeMap<>();
    private final NameVariants variants;
    private int samePairs;
    private int differentPairs;

    private WeightEstimate(NameVariants variants) {
        this.variants = variants;
    }

    /** {@code people}: each person's records. {@code randomPairs} pairs of different people are drawn with {@code seed}. */
    public static WeightEstimate of(List<List<Candidate>> people, int randomPairs, long seed, NameVariants variants) {
        WeightEstimate estimate = new WeightEstimate(variants);
        List<int[]> index = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            List<Candidate> records = people.get(p);
            for (int i = 0; i < records.size(); i++) {
                index.add(new int[] {p, i});
                for (int j = i + 1; j < records.size(); j++) {
                    estimate.tally(records.get(i), records.get(j), estimate.same);
                    estimate.samePairs++;
                }
            }
        }
        Random random = new Random(seed);
        while (estimate.differentPairs < randomPairs && people.size() > 1) {
            int[] a = index.get(random.nextInt(index.size()));
            int[] b = index.get(random.nextInt(index.size()));
            if (a[0] != b[0]) {
                estimate.tally(people.get(a[0]).get(a[1]), people.get(b[0]).get(b[1]), estimate.different);
                estimate.differentPairs++;
            }
        }
        return estimate;
    }

    /** One line per field and level: m, u, the estimated weight and the weight in use. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-32s %8s %10s %9s %7s", "level", "m", "u", "estimated", "in use"));
        for (String level : union()) {
            double m = (count(same, level) + 0.5) / samePairs;
            double u = (count(different, level) + 0.5) / differentPairs;
            lines.add(String.format(Locale.ROOT, "%-32s %8.4f %10.6f %9.2f %7s", level, m, u, Math.log(m / u) / Math.log(2), inUse(level)));
        }
        lines.add(String.format(Locale.ROOT, "(%,d pairs of one person, %,d random pairs of different people)", samePairs, differentPairs));
        return lines;
    }

    private List<String> union() {
        Map<String, int[]> all = new TreeMap<>(same);
        all.putAll(different);
        return List.copyOf(all.keySet());
    }

    private static int count(Map<String, int[]> counts, String level) {
        int[] count = counts.get(level);
        return count == null ? 0 : count[0];
    }

    private static String inUse(String level) {
        String[] parts = level.split(" ");
        if (parts[1].equals(MISSING)) {
            return "0";
        }
        return switch (parts[0]) {
            case "surname" -> parts[1].equals("EXACT") ? "by share" : Double.toString(NameAgreement.valueOf(parts[1]).surnameWeight);
            case "forename" -> Double.toString(NameAgreement.valueOf(parts[1]).forenameWeight);
            default -> Double.toString(DateAgreement.valueOf(parts[1]).weight);
        };
    }

    private void tally(Candidate a, Candidate b, Map<String, int[]> counts) {
        Candidate.Name x = a.names().isEmpty() ? new Candidate.Name(null, null, "name") : a.names().getFirst();
        Candidate.Name y = b.names().isEmpty() ? new Candidate.Name(null, null, "name") : b.names().getFirst();
        counts.computeIfAbsent("surname " + level(NameTokens.tokens(x.surname()), NameTokens.tokens(y.surname()), null),
                k -> new int[1])[0]++;
        counts.computeIfAbsent("forename " + level(first(x.forenames()), first(y.forenames()), variants), k -> new int[1])[0]++;
        String date = a.datesOfBirth().isEmpty() || b.datesOfBirth().isEmpty() ? MISSING
                : DateAgreement.of(a.datesOfBirth().getFirst(), b.datesOfBirth().getFirst()).name();
        counts.computeIfAbsent("born " + date,
                k -> new int[1])[0]++;
    }

    private static List<String> first(String forenames) {
        List<String> tokens = NameTokens.forenameTokens(forenames);
        return tokens.isEmpty() ? tokens : tokens.subList(0, 1);
    }

    private static String level(List<String> a, List<String> b, NameVariants variants) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        return NameAgreement.of(String.join("", a), String.join("", b), variants).name();
    }
}

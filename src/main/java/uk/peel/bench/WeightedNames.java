package uk.peel.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names with their relative frequencies, drawn in proportion to them. A draw is a binary search over the cumulative
 * frequencies, so drawing is cheap enough for ten million people and needs only the two arrays.
 */
final class WeightedNames {

    private final String[] names;
    private final double[] cumulative;

    private WeightedNames(String[] names, double[] cumulative) {
        this.names = names;
        this.cumulative = cumulative;
    }

    /** Collects names and weights; a name given twice keeps both weights (the lists are trusted, not merged). */
    static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder add(String name, double weight) {
            if (weight > 0 && Double.isFinite(weight)) {
                names.add(name);
                weights.add(weight);
            }
            return this;
        }

        int size() {
            return names.size();
        }

        WeightedNames build() {
            if (names.isEmpty()) {
                throw new IllegalStateException("a weighted list needs at least one name with a positive weight");
            }
            double[] cumulative = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= total;
            }
            return new WeightedNames(names.toArray(String[]::new), cumulative);
        }
    }

    /** The name whose share of the cumulative frequency holds {@code u}, a uniform number in [0, 1). */
    String draw(double u) {
        int at = Arrays.binarySearch(cumulative, u);
        int index = at >= 0 ? at + 1 : -at - 1;
        return names[Math.min(index, names.length - 1)];
    }

    int size() {
        return names.length;
    }

    /** The share of draws that give {@code name}, for tests and reports. */
    double share(String name) {
        double share = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                share += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            }
        }
        return share;
    }
}

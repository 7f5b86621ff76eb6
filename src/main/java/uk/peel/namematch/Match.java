package uk.peel.namematch;

import java.util.List;

/**
 * How well a person matches a search: a score between 0 and 1 (higher is more likely the same person) and, in
 * words an officer can check, why.
 */
public record Match(double score, double weight, List<String> explanation) {

    public Match {
        explanation = List.copyOf(explanation);
    }
}

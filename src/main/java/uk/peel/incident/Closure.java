package uk.peel.incident;

import java.time.Instant;
import java.util.List;

/**
 * How an incident ended: the closing category (what it turned out to be, which may differ from how it opened),
 * qualifiers (domestic abuse, alcohol, mental health...), and the result in words.
 */
public record Closure(String category, List<String> qualifiers, String result, boolean crimeRelated, Instant closedAt,
                      String closedBy) {

    public Closure {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
    }
}

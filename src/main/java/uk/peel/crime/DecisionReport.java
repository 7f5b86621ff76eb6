package uk.peel.crime;

import java.util.List;
import java.util.UUID;

/**
 * What a recording decision is about, as it arrived: taken from the closed incident (its closing category,
 * qualifiers, result and the caller's account) or from a direct report. The recording officer starts from this;
 * it pre-fills the crime.
 *
 * @param suggestedClassification a Home Office code the report suggests, if any
 * @param closingCategory for an incident, the NSIR category it was closed with
 */
public record DecisionReport(String summary, CrimeLocation location, String suggestedClassification, String closingCategory,
                             List<String> qualifiers, UUID reportingPersonId) {

    public DecisionReport {
        location = location == null ? CrimeLocation.UNKNOWN : location;
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
    }
}

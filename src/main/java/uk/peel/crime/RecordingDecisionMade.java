package uk.peel.crime;

import java.time.Instant;

/** A recording decision was made: recorded as crimes, or not a crime. {@code timely} when before its deadline. */
public record RecordingDecisionMade(DecisionId decisionId, String sourceReference, DecisionStatus outcome, boolean timely,
                                    Instant at) {
}

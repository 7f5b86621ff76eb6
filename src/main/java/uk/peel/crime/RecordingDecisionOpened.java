package uk.peel.crime;

import java.time.Instant;

/** A crime-related report opened a recording decision, due by {@code dueAt}. */
public record RecordingDecisionOpened(DecisionId decisionId, String sourceReference, Instant dueAt) {
}

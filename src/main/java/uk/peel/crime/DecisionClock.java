package uk.peel.crime;

import java.time.Duration;
import java.time.Instant;

/**
 * A recording decision against its 24-hour deadline at one moment. A decision is timely when made before the
 * deadline; one still due at the deadline has breached.
 *
 * @param remaining time left to the deadline (negative once passed); for a decision made, what was left then
 * @param breached still due at or after the deadline
 * @param late made, but at or after the deadline
 */
public record DecisionClock(Instant dueAt, Duration remaining, boolean breached, boolean late) {

    static DecisionClock of(RecordingDecision decision, Instant now) {
        Instant end = decision.isDecided() ? decision.decidedAt() : now;
        boolean pastDue = !end.isBefore(decision.dueAt());
        return new DecisionClock(decision.dueAt(), Duration.between(end, decision.dueAt()),
                !decision.isDecided() && pastDue, decision.isDecided() && pastDue);
    }
}

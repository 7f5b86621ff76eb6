package uk.peel.incident;

import java.time.Instant;

/**
 * An incident closed as crime-related, waiting for its crime recording decision. NCRS requires the decision within
 * 24 hours of the report reaching the police; {@code decisionDueAt} is that deadline.
 */
public record CrimeRecordingReferral(IncidentId incidentId, String reference, String closingCategory, Instant closedAt,
                                     Instant decisionDueAt, Instant takenAt) {

    public boolean isPending() {
        return takenAt == null;
    }

    public boolean isOverdue(Instant now) {
        return isPending() && now.isAfter(decisionDueAt);
    }
}

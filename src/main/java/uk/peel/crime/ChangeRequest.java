package uk.peel.crime;

import java.time.Instant;

/**
 * A request to cancel or reclassify a recorded crime, with its allowed reason, and the designated decision maker's
 * answer. The requester cannot approve their own request.
 *
 * @param reason a {@link CancellationReason} or {@link ReclassificationReason} name, by kind
 */
public record ChangeRequest(ChangeRequestId id, CrimeId crimeId, Kind kind, String reason, String explanation,
                            String newClassification, Instant requestedAt, String requestedBy, Status status,
                            Instant decidedAt, String decidedBy, String decisionNote) {

    public enum Kind { CANCELLATION, RECLASSIFICATION }

    public enum Status { PENDING, APPROVED, REFUSED }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public String reasonLabel() {
        try {
            return kind == Kind.CANCELLATION ? CancellationReason.valueOf(reason).label() : ReclassificationReason.valueOf(reason).label();
        } catch (IllegalArgumentException e) {
            return reason;
        }
    }
}

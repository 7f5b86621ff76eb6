package uk.peel.crime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import uk.peel.incident.IncidentId;
import uk.peel.platform.ConflictException;

/**
 * A crime recording decision: opened by a crime-related report, made once — recorded as crimes, or not a crime
 * with a reason — and never reopened or changed afterwards (a recorded crime is changed through its own
 * cancellation or reclassification). NCRS allows 24 hours from the report reaching the force.
 *
 * @param incidentId the incident whose closure opened it, or null for a direct report
 * @param sourceReference the incident's reference, or the channel's reference for a direct report
 */
public record RecordingDecision(
        DecisionId id,
        RecordingChannel channel,
        IncidentId incidentId,
        String sourceReference,
        Instant reportedAt,
        Instant dueAt,
        Instant openedAt,
        String openedBy,
        DecisionStatus status,
        Instant decidedAt,
        String decidedBy,
        NotACrimeReason noCrimeReason,
        String noCrimeExplanation,
        DecisionReport report) {

    /** NCRS: the recording decision is made within 24 hours of the report reaching the force. */
    public static final Duration DECISION_WITHIN = Duration.ofHours(24);

    public RecordingDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(report, "report");
    }

    static RecordingDecision open(RecordingChannel channel, IncidentId incident, String sourceReference, Instant reportedAt,
                                  Instant dueAt, Instant now, String by, DecisionReport report) {
        return new RecordingDecision(DecisionId.random(), channel, incident, sourceReference, reportedAt, dueAt, now, by,
                DecisionStatus.DUE, null, null, null, null, report);
    }

    public boolean isDecided() {
        return status != DecisionStatus.DUE;
    }

    public DecisionClock clockAt(Instant now) {
        return DecisionClock.of(this, now);
    }

    RecordingDecision recorded(Instant at, String by) {
        requireDue();
        return new RecordingDecision(id, channel, incidentId, sourceReference, reportedAt, dueAt, openedAt, openedBy,
                DecisionStatus.RECORDED, at, by, null, null, report);
    }

    RecordingDecision notACrime(NotACrimeReason reason, String explanation, Instant at, String by) {
        requireDue();
        return new RecordingDecision(id, channel, incidentId, sourceReference, reportedAt, dueAt, openedAt, openedBy,
                DecisionStatus.NOT_A_CRIME, at, by, Objects.requireNonNull(reason), Objects.requireNonNull(explanation), report);
    }

    private void requireDue() {
        if (isDecided()) {
            throw new ConflictException("The recording decision on " + sourceReference + " was already made ("
                    + status.label().toLowerCase(java.util.Locale.UK) + " by " + decidedBy + "): it cannot be made again."
                    + (status == DecisionStatus.RECORDED ? " Change the crime itself, through cancellation or reclassification." : ""));
        }
    }
}

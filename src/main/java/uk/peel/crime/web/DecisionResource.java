package uk.peel.crime.web;

import java.time.Instant;
import java.util.List;

import uk.peel.crime.Crime;
import uk.peel.crime.DecisionClock;
import uk.peel.crime.DecisionReport;
import uk.peel.crime.DecisionStatus;
import uk.peel.crime.NotACrimeReason;
import uk.peel.crime.RecordingChannel;
import uk.peel.crime.RecordingDecision;

/**
 * A recording decision as the API shows it: with its clock at the time of the request, and, when asked for one
 * decision, its report and the crimes it recorded.
 *
 * @param report what was reported (only when one decision is read: it may name people, and reading it is audited)
 */
record DecisionResource(String id, RecordingChannel channel, String incidentId, String sourceReference, Instant reportedAt,
                        Instant dueAt, DecisionStatus status, Clock clock, Instant decidedAt, String decidedBy,
                        NotACrimeReason noCrimeReason, String noCrimeExplanation, DecisionReport report, List<CrimeLink> crimes) {

    /** @param secondsRemaining to the deadline (negative once passed); for a decision made, what was left then */
    record Clock(long secondsRemaining, boolean breached, boolean late) {
    }

    record CrimeLink(String id, String crn, String classification) {
    }

    static DecisionResource listed(RecordingDecision d, Instant now) {
        return of(d, now, null, null);
    }

    static DecisionResource of(RecordingDecision d, Instant now, DecisionReport report, List<Crime> crimes) {
        DecisionClock clock = d.clockAt(now);
        return new DecisionResource(d.id().toString(), d.channel(), d.incidentId() == null ? null : d.incidentId().toString(),
                d.sourceReference(), d.reportedAt(), d.dueAt(), d.status(),
                new Clock(clock.remaining().toSeconds(), clock.breached(), clock.late()), d.decidedAt(), d.decidedBy(),
                d.noCrimeReason(), d.noCrimeExplanation(), report,
                crimes == null ? null : crimes.stream().map(c -> new CrimeLink(c.id().toString(), c.crn(), c.classification())).toList());
    }
}

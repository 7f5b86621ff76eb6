package uk.peel.safeguarding.web;

import java.time.Instant;

import uk.peel.safeguarding.PpnId;
import uk.peel.safeguarding.Risk;
import uk.peel.safeguarding.SafeguardingQueues;

/** A notice on a queue: what the team needs to choose the next one, and no personal data. */
record PpnSummary(PpnId id, String reference, String type, String team, String stage, Risk risk, String incidentReference,
                  Instant raisedAt, long ageMinutes, Instant assessmentDueAt, Instant triageDueAt, boolean breached) {

    static PpnSummary of(SafeguardingQueues.QueueItem item) {
        var ppn = item.ppn();
        return new PpnSummary(ppn.id(), ppn.reference(), ppn.type(), ppn.team(), ppn.stage(), ppn.risk(), ppn.incidentReference(),
                ppn.raisedAt(), item.clock().age().toMinutes(), ppn.assessmentDueAt(), ppn.triageDueAt(), item.clock().breached());
    }
}

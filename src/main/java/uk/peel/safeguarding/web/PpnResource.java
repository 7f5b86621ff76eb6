package uk.peel.safeguarding.web;

import java.time.Instant;
import java.util.List;

import uk.peel.incident.IncidentId;
import uk.peel.safeguarding.DashAssessment;
import uk.peel.safeguarding.PartnerReferral;
import uk.peel.safeguarding.Ppn;
import uk.peel.safeguarding.PpnAlert;
import uk.peel.safeguarding.PpnClock;
import uk.peel.safeguarding.PpnId;
import uk.peel.safeguarding.PpnPerson;
import uk.peel.safeguarding.PpnSource;
import uk.peel.safeguarding.PpnStatus;
import uk.peel.safeguarding.RepeatFlags;
import uk.peel.safeguarding.Risk;
import uk.peel.safeguarding.SafeguardingPolicy;

/** A notice as the API shows it in full: with the people it names (so reading it is an audited consultation). */
record PpnResource(PpnId id, String reference, String type, String typeName, String team, String teamName, PpnStatus status,
                   String stage, Risk risk, Risk raisedAtRisk, PpnSource source, IncidentId incidentId,
                   String incidentReference, Instant raisedAt, String raisedBy, String summary, List<PpnPerson> people,
                   DashAssessment assessment, Ppn.Triage triage, Ppn.Closure closure, PpnClock clock, RepeatFlags repeat,
                   List<PartnerReferral> referrals, List<PpnAlert> escalations) {

    static PpnResource of(Ppn ppn, SafeguardingPolicy policy, Instant now, RepeatFlags repeat, List<PartnerReferral> referrals,
                          List<PpnAlert> escalations) {
        return new PpnResource(ppn.id(), ppn.reference(), ppn.type(), policy.type(ppn.type()).map(SafeguardingPolicy.PpnType::name).orElse(ppn.type()),
                ppn.team(), policy.team(ppn.team()).map(SafeguardingPolicy.Team::name).orElse(ppn.team()), ppn.status(), ppn.stage(),
                ppn.risk(), ppn.raisedAtRisk(), ppn.source(), ppn.incidentId(), ppn.incidentReference(), ppn.raisedAt(), ppn.raisedBy(),
                ppn.summary(), ppn.people(), ppn.assessment(), ppn.triage(), ppn.closure(), ppn.clockAt(now), repeat, referrals,
                escalations);
    }
}

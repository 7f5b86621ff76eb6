package uk.peel.safeguarding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.peel.incident.IncidentId;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.WorkingDays;

/**
 * A public protection notice: safeguarding work about one or more people, raised by an officer or from an
 * incident's safeguarding flag, that stays on its team's queue, with its clock running, until it is closed with an
 * outcome. Each change returns the next version; the store writes it only over the version it was read at.
 *
 * @param risk the risk the queue works to: the DASH grade once assessed, until then the risk it was raised at
 * @param assessmentDueAt when the risk assessment is due (null where the type needs none)
 * @param triageDueAt when the team must have triaged it, at its current risk: counted from when it reached the team,
 *                    which is when it was raised, or for a notice that needs a risk assessment when that was
 *                    completed (until then, from when the assessment is due)
 */
public record Ppn(PpnId id, String reference, int version, String type, String team, PpnStatus status, Risk risk,
                  Risk raisedAtRisk, PpnSource source, IncidentId incidentId, String incidentReference, Instant raisedAt,
                  String raisedBy, String summary, boolean flaggedRepeatVictim, List<PpnPerson> people,
                  Instant assessmentDueAt, DashAssessment assessment, Instant triageDueAt, Triage triage, Closure closure,
                  Instant updatedAt) {

    /** The safeguarding team's triage: who looked at it, when, and what they decided. */
    public record Triage(Instant at, String by, String decision) {
    }

    /** How the notice ended. */
    public record Closure(PpnOutcome outcome, String explanation, Instant at, String by) {
    }

    public Ppn {
        Objects.requireNonNull(id, "id");
        people = people == null ? List.of() : List.copyOf(people);
    }

    static Ppn raise(PpnId id, String reference, SafeguardingPolicy.PpnType type, Risk risk, PpnSource source,
                     IncidentId incidentId, String incidentReference, String summary, boolean flaggedRepeatVictim,
                     List<PpnPerson> people, Instant at, String by, WorkingDays calendar) {
        return new Ppn(id, reference, 1, type.code(), type.team(), PpnStatus.OPEN, risk, risk, source, incidentId,
                incidentReference, at, by, summary, flaggedRepeatVictim, people,
                type.dash() ? at.plus(type.assessWithin()) : null, null,
                type.triageWithin(risk).dueFrom(type.dash() ? at.plus(type.assessWithin()) : at, calendar), null, null, at);
    }

    public boolean isClosed() {
        return status == PpnStatus.CLOSED;
    }

    public boolean needsAssessment() {
        return assessmentDueAt != null && assessment == null;
    }

    /** What the notice is waiting for, as a queue shows it. */
    public String stage() {
        if (isClosed()) {
            return "Closed";
        }
        if (needsAssessment()) {
            return "Awaiting risk assessment";
        }
        return status.label();
    }

    /** Records the DASH assessment; the team's triage clock now runs from it, at its grade. */
    Ppn assess(DashAssessment done, SafeguardingPolicy.PpnType policy, WorkingDays calendar) {
        refuseIfClosed("assessed");
        if (!policy.dash()) {
            throw new ConflictException(reference + " is a " + policy.name().toLowerCase(java.util.Locale.UK)
                    + " notice, which has no DASH risk assessment");
        }
        if (assessment != null) {
            throw new ConflictException(reference + " was risk assessed by " + assessment.completedBy()
                    + "; a later incident needs a notice and an assessment of its own");
        }
        return new Ppn(id, reference, version + 1, type, team, status, done.grade(), raisedAtRisk, source, incidentId,
                incidentReference, raisedAt, raisedBy, summary, flaggedRepeatVictim, people, assessmentDueAt, done,
                policy.triageWithin(done.grade()).dueFrom(done.completedAt(), calendar), triage, closure, done.completedAt());
    }

    Ppn triage(String decision, Instant at, String by) {
        refuseIfClosed("triaged");
        if (triage != null) {
            throw new ConflictException(reference + " was triaged by " + triage.by() + "; add to its log instead");
        }
        if (decision == null || decision.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("decision", "Say what the team decided")));
        }
        return new Ppn(id, reference, version + 1, type, team, PpnStatus.TRIAGED, risk, raisedAtRisk, source, incidentId,
                incidentReference, raisedAt, raisedBy, summary, flaggedRepeatVictim, people, assessmentDueAt, assessment,
                triageDueAt, new Triage(at, by, decision.strip()), closure, at);
    }

    /**
     * Closes the notice. It must say how it ended: no notice leaves a queue without a recorded outcome. A notice
     * that needs a risk assessment cannot be closed without one, unless it is a duplicate or was transferred.
     */
    Ppn close(PpnOutcome outcome, String explanation, Instant at, String by) {
        refuseIfClosed("closed again");
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "A notice cannot be closed without an outcome: choose the outcome"));
        }
        if (explanation == null || explanation.isBlank()) {
            problems.add(new FieldProblem("explanation", "A notice cannot be closed without an outcome: explain what was done"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (needsAssessment() && !PpnOutcome.ADMINISTRATIVE.contains(outcome)) {
            throw new ConflictException(reference + " has not been risk assessed: complete its DASH before closing it");
        }
        return new Ppn(id, reference, version + 1, type, team, PpnStatus.CLOSED, risk, raisedAtRisk, source, incidentId,
                incidentReference, raisedAt, raisedBy, summary, flaggedRepeatVictim, people, assessmentDueAt, assessment,
                triageDueAt, triage, new Closure(outcome, explanation.strip(), at, by), at);
    }

    Ppn touched(Instant at) {
        return new Ppn(id, reference, version + 1, type, team, status, risk, raisedAtRisk, source, incidentId,
                incidentReference, raisedAt, raisedBy, summary, flaggedRepeatVictim, people, assessmentDueAt, assessment,
                triageDueAt, triage, closure, at);
    }

    /** The notice against its service levels at a moment: pure arithmetic, the same on a queue, a sweep and a test. */
    public PpnClock clockAt(Instant now) {
        Instant end = isClosed() ? closure.at() : now;
        Instant assessed = assessment == null ? null : assessment.completedAt();
        boolean assessmentBreached = assessmentDueAt != null
                && (assessed != null ? assessed.isAfter(assessmentDueAt) : !isClosed() && now.isAfter(assessmentDueAt));
        Instant triaged = triage != null ? triage.at() : isClosed() ? closure.at() : null;
        boolean triageBreached = triaged != null ? triaged.isAfter(triageDueAt) : now.isAfter(triageDueAt);
        return new PpnClock(Duration.between(raisedAt, end), assessmentDueAt, assessmentBreached, triageDueAt, triageBreached);
    }

    private void refuseIfClosed(String what) {
        if (isClosed()) {
            throw new ConflictException(reference + " is closed (" + closure.outcome().label().toLowerCase(java.util.Locale.UK)
                    + ") and cannot be " + what);
        }
    }
}

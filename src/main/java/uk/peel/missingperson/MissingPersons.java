package uk.peel.missingperson;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * The missing-person module's API: report someone missing with a first risk grading, regrade, review on the
 * schedule for the grade, record sightings, record them found (which sets the return-home interview task), record
 * the interview, and list everyone missing for the duty inspector. Each change is one transaction with its log and
 * audit entries: a report names a vulnerable person.
 */
@Service
public class MissingPersons {

    static final String RECORD_TYPE = "missing-person";

    private final MissingPersonStore store;
    private final MissingPersonPolicy policy;
    private final InputValidation validation;
    private final AuditLog audit;
    private final uk.peel.incident.Incidents incidents;
    private final ReviewAlerts alerts;
    private final Clock clock;

    MissingPersons(MissingPersonStore store, MissingPersonPolicy policy, InputValidation validation, AuditLog audit,
                   uk.peel.incident.Incidents incidents, ReviewAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.incidents = incidents;
        this.store = store;
        this.policy = policy;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /** One report on the live list: how long missing, whether its review is overdue, and what the records say. */
    public record LiveEntry(MissingPerson report, boolean reviewOverdue, boolean interviewOverdue, MissingPersonFlags flags,
                            int alertLevel) {

        /** Whether the overdue review has been escalated beyond the first alert. */
        public boolean escalated() {
            return alertLevel > 1;
        }
    }

    @Transactional
    public MissingPerson report(NewMissingPerson report) {
        validation.check(report);
        Instant now = now();
        String by = CurrentUser.username();
        RiskGrading grading = new RiskGrading(report.risk(), report.informationUsed().strip(), report.suppliedBy().strip(),
                report.suppliedAt() == null ? now : report.suppliedAt(), by, now);
        MissingPerson missing = MissingPerson.report(new MissingPersonId(UUID.randomUUID()), store.nextReference(now), report,
                grading, policy.reviewEvery(report.risk()), now, by);
        if (!store.insertIfNew(missing)) {
            throw new uk.peel.platform.ConflictException("The incident already has a missing person report");
        }
        store.appendLog(missing.id(), now, by, "Reported missing by " + missing.reportedBy() + "; graded "
                + describe(grading) + "; first review due " + display(missing.nextReviewDue()));
        audit.record(AuditAction.COLLECTION, RECORD_TYPE, ids(missing), "reported missing: " + missing.reference());
        return missing;
    }

    /**
     * A report opened from an incident's missing-person flag, pre-filled from the call, unless the incident already
     * has one (the event may be delivered again after a crash). Its first grading is provisional: high for an
     * incident graded 1, otherwise medium, on the call handler's account, until an officer grades it.
     */
    @Transactional
    public java.util.Optional<MissingPerson> reportFromIncident(uk.peel.incident.IncidentId incidentId, Instant flaggedAt) {
        uk.peel.incident.Incident incident = incidents.find(incidentId);
        Instant at = flaggedAt.truncatedTo(ChronoUnit.MICROS);
        String caller = incident.caller().name() == null || incident.caller().name().isBlank()
                ? "the caller on incident " + incident.reference() : incident.caller().name().strip();
        MissingRisk risk = "1".equals(incident.grade()) ? MissingRisk.HIGH : MissingRisk.MEDIUM;
        String information = "Call to the control room, incident " + incident.reference() + " graded " + incident.grade()
                + (incident.account() == null ? "" : ": " + incident.account());
        NewMissingPerson report = new NewMissingPerson("Not yet named (incident " + incident.reference() + ")", null, null,
                incident.callStartedAt(), incident.location().describe(), null, caller, risk, information, caller,
                incident.callStartedAt(), incidentId.value());
        RiskGrading grading = new RiskGrading(risk, information, caller, incident.callStartedAt(), CurrentUser.username(), at);
        MissingPerson missing = MissingPerson.report(new MissingPersonId(UUID.randomUUID()), store.nextReference(at), report,
                grading, policy.reviewEvery(risk), at, CurrentUser.username());
        if (!store.insertIfNew(missing)) {
            return java.util.Optional.empty();
        }
        store.appendLog(missing.id(), at, CurrentUser.username(), "Reported from the missing-person flag recorded by "
                + incident.createdBy() + " on incident " + incident.reference() + "; provisionally graded " + describe(grading)
                + " until an officer grades it; first review due " + display(missing.nextReviewDue()));
        audit.record(AuditAction.COLLECTION, RECORD_TYPE, ids(missing), "reported missing from incident " + incident.reference());
        return java.util.Optional.of(missing);
    }

    @Transactional
    public MissingPerson view(MissingPersonId id) {
        MissingPerson report = find(id);
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, ids(report), "viewed " + report.reference());
        return report;
    }

    @Transactional(readOnly = true)
    public MissingPerson find(MissingPersonId id) {
        return store.find(id).orElseThrow(() -> new MissingPersonNotFoundException(id));
    }

    /** A new risk grading, with the information it used and who supplied it; the review schedule follows it. */
    @Transactional
    public MissingPerson regrade(MissingPersonId id, MissingRisk risk, String informationUsed, String suppliedBy, Instant suppliedAt) {
        List<FieldProblem> problems = new ArrayList<>();
        if (risk == null) {
            problems.add(new FieldProblem("risk", "Grade the risk"));
        }
        if (informationUsed == null || informationUsed.isBlank()) {
            problems.add(new FieldProblem("informationUsed", "Record the information the grading used"));
        }
        if (suppliedBy == null || suppliedBy.isBlank()) {
            problems.add(new FieldProblem("suppliedBy", "Say who supplied the information"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MissingPerson report = lock(id);
        Instant now = now();
        RiskGrading grading = new RiskGrading(risk, informationUsed.strip(), suppliedBy.strip(), suppliedAt == null ? now : suppliedAt,
                CurrentUser.username(), now);
        MissingPerson next = report.regrade(grading, policy.reviewEvery(risk));
        store.update(next);
        store.appendLog(id, now, CurrentUser.username(), "Regraded from " + report.risk().label().toLowerCase(Locale.UK) + " to "
                + describe(grading) + "; next review due " + display(next.nextReviewDue()));
        reviewDone(id, now, "regraded");
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "regraded " + report.reference());
        return next;
    }

    @Transactional
    public MissingPerson review(MissingPersonId id, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "Record what the review found and decided")));
        }
        MissingPerson report = lock(id);
        Instant now = now();
        MissingPerson next = report.review(note.strip(), now, CurrentUser.username(), policy.reviewEvery(report.risk()));
        store.update(next);
        store.appendLog(id, now, CurrentUser.username(), "Reviewed" + (next.reviews().getLast().late() ? " (late)" : "") + ": "
                + note.strip() + "; next review due " + display(next.nextReviewDue()));
        reviewDone(id, now, "reviewed");
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "reviewed " + report.reference());
        return next;
    }

    @Transactional
    public MissingPerson sighting(MissingPersonId id, Instant seenAt, String location, String reportedBy, String details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (location == null || location.isBlank()) {
            problems.add(new FieldProblem("location", "Say where they were seen"));
        }
        if (reportedBy == null || reportedBy.isBlank()) {
            problems.add(new FieldProblem("reportedBy", "Say who saw them"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MissingPerson report = lock(id);
        Instant now = now();
        Sighting sighting = new Sighting(seenAt == null ? now : seenAt, location.strip(), reportedBy.strip(),
                details == null ? null : details.strip(), now, CurrentUser.username());
        store.update(report.sighted(sighting));
        store.appendLog(id, now, CurrentUser.username(), "Sighting at " + sighting.location() + ", " + display(sighting.seenAt())
                + ", reported by " + sighting.reportedBy() + (sighting.details() == null ? "" : ": " + sighting.details()));
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "sighting on " + report.reference());
        return find(id);
    }

    /** Found: reviews stop and a return-home interview becomes due. */
    @Transactional
    public MissingPerson found(MissingPersonId id, Instant foundAt, String where, String condition) {
        if (where == null || where.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("where", "Say where they were found")));
        }
        MissingPerson report = lock(id);
        Instant now = now();
        MissingPerson next = report.found(new Found(foundAt == null ? now : foundAt, where.strip(),
                condition == null || condition.isBlank() ? null : condition.strip(), now, CurrentUser.username()), policy.interviewWithin());
        store.update(next);
        store.appendLog(id, now, CurrentUser.username(), "Found at " + next.found().where() + " after "
                + hours(next.missingFor(now)) + "; return-home interview due by " + display(next.interviewDueAt()));
        reviewDone(id, now, "found");
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "found: " + report.reference());
        return next;
    }

    @Transactional
    public MissingPerson interviewed(MissingPersonId id, boolean declined, String findings) {
        if (findings == null || findings.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("findings",
                    declined ? "Record how the interview was offered and declined" : "Record what the interview found")));
        }
        MissingPerson report = lock(id);
        Instant now = now();
        MissingPerson next = report.interviewed(new ReturnHomeInterview(now, CurrentUser.username(), declined, findings.strip()));
        store.update(next);
        store.appendLog(id, now, CurrentUser.username(), "Return-home interview " + (declined ? "offered and declined" : "held")
                + (now.isAfter(report.interviewDueAt()) ? " after it was due" : "") + ": " + findings.strip() + ". Report closed.");
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "return-home interview on " + report.reference());
        return next;
    }

    /** The duty inspector's live list at {@code now}: everyone missing, highest risk and most overdue review first. */
    @Transactional(readOnly = true)
    public List<LiveEntry> live(Instant now) {
        return store.missing().stream().map(report -> entry(report, now)).toList();
    }

    /** People found whose return-home interview is still to do, the soonest due first. */
    @Transactional(readOnly = true)
    public List<LiveEntry> awaitingInterview(Instant now) {
        return store.awaitingInterview().stream().map(report -> entry(report, now)).toList();
    }

    @Transactional(readOnly = true)
    public MissingPersonFlags flags(MissingPerson report) {
        Instant since = report.reportedAt().minus(policy.repeatWindow());
        return new MissingPersonFlags(report.personId() == null ? 0 : store.earlierReportsOf(report.personId(), report.id(), since),
                report.linkedLocation() == null ? 0 : store.earlierReportsFrom(report.linkedLocation(), report.id(), since));
    }

    @Transactional(readOnly = true)
    public List<LogLine> log(MissingPersonId id) {
        return store.log(id);
    }

    /**
     * Checks one report's review at {@code now}: alerts the duty inspector if it is overdue, and escalates if it is
     * still overdue the escalation interval later. Each level is raised once per review due time, and logged on the
     * report. The sweep calls this with the time it chooses, so tests can set the clock.
     */
    @Transactional
    public List<ReviewAlert> alertIfReviewOverdue(MissingPersonId id, Instant now) {
        MissingPerson report = lock(id);
        if (!report.reviewOverdue(now)) {
            return List.of();
        }
        Instant due = report.nextReviewDue();
        String what = report.reference() + " (" + report.risk().label().toLowerCase(Locale.UK) + " risk, missing for "
                + hours(report.missingFor(now)) + ")";
        List<ReviewAlert> raised = new ArrayList<>();
        raise(report, new ReviewAlert(id, report.reference(), report.risk(), due, 1, policy.reviewOverdueTo(),
                now.truncatedTo(ChronoUnit.MICROS), what + " was due a review by " + display(due) + ", " + hours(java.time.Duration.between(due, now))
                + " ago", null, null)).ifPresent(raised::add);
        Instant escalateAt = due.plus(policy.escalateAfter(report.risk()));
        if (now.isAfter(escalateAt)) {
            raise(report, new ReviewAlert(id, report.reference(), report.risk(), due, 2, policy.reviewEscalateTo(),
                    now.truncatedTo(ChronoUnit.MICROS), what + " is still not reviewed " + hours(java.time.Duration.between(due, now))
                    + " after it was due (" + display(due) + "): escalated", null, null)).ifPresent(raised::add);
        }
        return raised;
    }

    private java.util.Optional<ReviewAlert> raise(MissingPerson report, ReviewAlert alert) {
        if (!alerts.raise(alert)) {
            return java.util.Optional.empty();
        }
        store.appendLog(report.id(), alert.raisedAt(), CurrentUser.username(), alert.label() + ": alerted to "
                + alert.role().title() + ". " + alert.message());
        return java.util.Optional.of(alert);
    }

    /** The review alerts open for these roles, escalated first: the duty inspector's list and the dashboards. */
    @Transactional(readOnly = true)
    public List<ReviewAlert> openReviewAlerts(java.util.Collection<uk.peel.security.Role> roles) {
        return alerts.open(roles);
    }

    @Transactional(readOnly = true)
    public List<ReviewAlert> reviewAlerts(MissingPersonId id) {
        return alerts.of(id);
    }

    /** The inspector has seen the alert: it leaves their list, and the log says who saw it when. */
    @Transactional
    public void acknowledgeReviewAlert(MissingPersonId id, Instant reviewDueAt, int level) {
        lock(id); // one change to a report at a time, as for every other change
        Instant now = now();
        if (alerts.acknowledge(id, reviewDueAt, level, now, CurrentUser.username()) == 1) {
            store.appendLog(id, now, CurrentUser.username(), (level > 1 ? "Escalated review alert" : "Review alert")
                    + " acknowledged (review due " + display(reviewDueAt) + ")");
        }
    }

    /** A review done (or a regrading, or the person found) ends the alerts about the review that was due. */
    private void reviewDone(MissingPersonId id, Instant now, String why) {
        alerts.acknowledgeAll(id, now, why);
    }

    public MissingPersonPolicy policy() {
        return policy;
    }

    private LiveEntry entry(MissingPerson report, Instant now) {
        int level = report.nextReviewDue() == null ? 0 : alerts.of(report.id()).stream()
                .filter(a -> a.reviewDueAt().equals(report.nextReviewDue())).mapToInt(ReviewAlert::level).max().orElse(0);
        return new LiveEntry(report, report.reviewOverdue(now), report.interviewOverdue(now), flags(report), level);
    }

    private MissingPerson lock(MissingPersonId id) {
        return store.findForUpdate(id).orElseThrow(() -> new MissingPersonNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<Object> ids(MissingPerson report) {
        return report.personId() == null ? List.of(report.id()) : List.of(report.id(), report.personId());
    }

    private static String describe(RiskGrading grading) {
        return grading.risk().label().toLowerCase(Locale.UK) + " risk on " + grading.informationUsed() + " (supplied by "
                + grading.suppliedBy() + ", " + display(grading.suppliedAt()) + ")";
    }

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(uk.peel.platform.ForceTime.ZONE);

    static String display(Instant at) {
        return SHOWN.format(at);
    }

    private static String hours(java.time.Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}

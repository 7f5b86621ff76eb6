package uk.peel.crime;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.incident.CrimeRecordingReferral;
import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentId;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Usernames;

/**
 * The 24-hour recording decision: opened by every crime-related report (an incident's referral, or a report from
 * another channel) and made once, as "recorded" (one crime per victim) or "not a crime" with a reason. Each change
 * is one transaction with its audit entry and events.
 */
@Service
public class CrimeRecordingDecisions {

    static final String RECORD_TYPE = "crime-decision";

    private final DecisionStore decisions;
    private final CrimeStore crimes;
    private final NotifiableOffences offences;
    private final CrimeRecordingReferrals referrals;
    private final Incidents incidents;
    private final PersonRecords persons;
    private final InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Usernames usernames;
    private final Clock clock;

    CrimeRecordingDecisions(DecisionStore decisions, CrimeStore crimes, NotifiableOffences offences,
                            CrimeRecordingReferrals referrals, Incidents incidents, PersonRecords persons,
                            InputValidation validation, AuditLog audit, ApplicationEventPublisher events, Usernames usernames,
                            Clock clock) {
        this.decisions = decisions;
        this.usernames = usernames;
        this.crimes = crimes;
        this.offences = offences;
        this.referrals = referrals;
        this.incidents = incidents;
        this.persons = persons;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes an incident's crime recording referral: opens its decision (once, however often this is called) with the
     * clock running from the incident's closure, and marks the referral taken, in one transaction. Answers the
     * decision, or empty when the incident was not referred.
     */
    @Transactional
    public Optional<RecordingDecision> openForIncident(IncidentId id) {
        Optional<CrimeRecordingReferral> referral = referrals.find(id);
        if (referral.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordingDecision> existing = decisions.findByIncident(id);
        Instant now = now();
        if (existing.isEmpty()) {
            Incident incident = incidents.find(id);
            RecordingDecision decision = RecordingDecision.open(RecordingChannel.INCIDENT, id, incident.reference(),
                    referral.get().closedAt(), referral.get().decisionDueAt(), now, CurrentUser.username(), reportOf(incident));
            if (decisions.insert(decision)) {
                events.publishEvent(new RecordingDecisionOpened(decision.id(), decision.sourceReference(), decision.dueAt()));
            }
        }
        referrals.take(id, now);
        return decisions.findByIncident(id);
    }

    private static DecisionReport reportOf(Incident incident) {
        IncidentLocation at = incident.location();
        StringBuilder summary = new StringBuilder();
        if (incident.closure() != null && incident.closure().result() != null) {
            summary.append("Result: ").append(incident.closure().result());
        }
        if (incident.account() != null) {
            summary.append(summary.isEmpty() ? "" : "\n").append("Account: ").append(incident.account());
        }
        return new DecisionReport(summary.toString(),
                new CrimeLocation(at.postcode(), at.address(), at.latitude(), at.longitude()), null,
                incident.closure() == null ? null : incident.closure().category(),
                incident.closure() == null ? List.of() : incident.closure().qualifiers(), null);
    }

    /** A report from a channel other than an incident: opens its decision, due 24 hours after it reached the force. */
    @Transactional
    public RecordingDecision report(CrimeReport report) {
        List<FieldProblem> problems = new ArrayList<>(validation.problems(report));
        Instant now = now();
        Instant reportedAt = report.reportedAt() == null ? now : report.reportedAt().truncatedTo(ChronoUnit.MICROS);
        if (reportedAt.isAfter(now)) {
            problems.add(new FieldProblem("reportedAt", "cannot be in the future"));
        }
        if (report.channel() == RecordingChannel.INCIDENT) {
            problems.add(new FieldProblem("channel", "incidents are referred when they are closed as crime-related"));
        }
        if (report.suggestedClassification() != null && !report.suggestedClassification().isBlank()
                && offences.find(report.suggestedClassification()).isEmpty()) {
            problems.add(new FieldProblem("suggestedClassification", "'" + report.suggestedClassification().strip()
                    + "' is not on the notifiable offence list"));
        }
        if (report.reportingPersonId() != null) {
            requirePeople(List.of(report.reportingPersonId()), "reportingPersonId", "reporting a crime", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DecisionId id = DecisionId.random();
        String reference = report.sourceReference() == null || report.sourceReference().isBlank()
                ? "REP-" + id.value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) : report.sourceReference().strip();
        RecordingDecision decision = new RecordingDecision(id, report.channel(), null, reference, reportedAt,
                reportedAt.plus(RecordingDecision.DECISION_WITHIN), now, CurrentUser.username(), DecisionStatus.DUE,
                null, null, null, null, new DecisionReport(report.summary().strip(), report.location(),
                blankToNull(report.suggestedClassification()), null, List.of(), report.reportingPersonId()));
        decisions.insert(decision);
        audit.record(AuditAction.COLLECTION, RECORD_TYPE, List.of(id), report.channel().label() + " report " + reference);
        events.publishEvent(new RecordingDecisionOpened(id, reference, decision.dueAt()));
        return decision;
    }

    /** A decision with its report, for the decision page: audited, as the report may name people. */
    @Transactional
    public RecordingDecision view(DecisionId id) {
        RecordingDecision decision = find(id);
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed decision on " + decision.sourceReference());
        return decision;
    }

    @Transactional(readOnly = true)
    public RecordingDecision find(DecisionId id) {
        return decisions.find(id).orElseThrow(() -> new java.util.NoSuchElementException("There is no recording decision " + id));
    }

    @Transactional(readOnly = true)
    public Optional<RecordingDecision> forIncident(IncidentId incident) {
        return decisions.findByIncident(incident);
    }

    /** Decisions still to make, the nearest deadline first. */
    @Transactional(readOnly = true)
    public List<RecordingDecision> due(int limit) {
        return decisions.due(limit);
    }

    @Transactional(readOnly = true)
    public long countDue() {
        return decisions.countDue();
    }

    /** Decisions with no answer at {@code now} although their 24 hours are up, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<RecordingDecision> breachedAt(Instant now, int limit) {
        return decisions.dueBy(now, limit);
    }

    /** How many decisions have no answer at {@code now} although their 24 hours are up. */
    @Transactional(readOnly = true)
    public long countBreachedAt(Instant now) {
        return decisions.countDueBy(now);
    }

    @Transactional(readOnly = true)
    public List<RecordingDecision> recentlyDecided(int limit) {
        return decisions.recentlyDecided(limit);
    }

    /** The crimes a decision recorded. */
    @Transactional(readOnly = true)
    public List<Crime> crimesOf(DecisionId id) {
        return crimes.ofDecision(id);
    }

    /**
     * Records the report as crimes: one per victim (a single crime with no victim where the offence is not counted
     * per victim). Every person linked must be on record.
     */
    @Transactional
    public List<Crime> record(DecisionId id, RecordCrimeRequest request) {
        List<FieldProblem> problems = new ArrayList<>(validation.problems(request));
        Offence offence = null;
        try {
            offence = offences.requireRecordable(request.classification(), "classification");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (offence != null && offence.victimBased() && request.victims().isEmpty()) {
            problems.add(new FieldProblem("victims", offence.describe() + " is counted one crime per victim: add the victim"));
        }
        Instant now = now();
        if (request.committedFrom() != null && request.committedFrom().isAfter(now)) {
            problems.add(new FieldProblem("committedFrom", "cannot be in the future"));
        }
        if (request.committedFrom() != null && request.committedTo() != null && request.committedTo().isBefore(request.committedFrom())) {
            problems.add(new FieldProblem("committedTo", "must be after the time it was committed from"));
        }
        RecordingDecision decision = decisions.findForUpdate(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no recording decision " + id));
        Set<UUID> everyone = new LinkedHashSet<>(request.victims());
        request.othersThanVictims().forEach(p -> everyone.add(p.personId()));
        requirePeople(List.copyOf(everyone), "victims", "recorded in a crime from " + decision.sourceReference(), problems);
        usernames.check(request.allocatedTo(), "allocatedTo", "the officer's", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String by = CurrentUser.username();
        RecordingDecision made = decision.recorded(now, by);
        CrimeLocation location = request.location() == null || request.location().isUnknown()
                ? decision.report().location() : request.location();
        List<UUID> victims = request.victims().isEmpty() ? java.util.Collections.singletonList(null) : request.victims();
        List<Crime> recorded = new ArrayList<>();
        for (UUID victim : victims) {
            List<CrimePerson> people = new ArrayList<>();
            if (victim != null) {
                people.add(new CrimePerson(CrimePerson.Role.VICTIM, victim));
            }
            people.addAll(request.othersThanVictims());
            CrimeDetails details = new CrimeDetails(people, location, request.committedFrom(), request.committedTo(),
                    decision.channel(), blankToNull(request.modusOperandi()), blankToNull(request.property()), request.flags(),
                    decision.report().summary(), null);
            Crime crime = Crime.record(crimes.nextCrn(now), id, offence.code(), victim, blankToNull(request.allocatedTo()),
                    now, by, details);
            crimes.insert(crime, "Recorded as " + offence.describe() + " from " + decision.sourceReference()
                    + (victims.size() > 1 ? " (one of " + victims.size() + " crimes, one per victim)" : ""));
            recorded.add(crime);
        }
        decisions.update(made);
        audit.record(AuditAction.COLLECTION, Crimes.RECORD_TYPE, recorded.stream().map(Crime::id).toList(),
                "recorded from " + decision.sourceReference() + " as " + offence.describe());
        boolean timely = !made.clockAt(now).late();
        recorded.forEach(crime -> events.publishEvent(new CrimeRecorded(crime.id(), crime.crn(), id, crime.classification(), now)));
        events.publishEvent(new RecordingDecisionMade(id, decision.sourceReference(), DecisionStatus.RECORDED, timely, now));
        return recorded;
    }

    /** Decides that the report is not a crime, for one of the reasons NCRS allows, explained in words. */
    @Transactional
    public RecordingDecision notACrime(DecisionId id, NotACrimeReason reason, String explanation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new FieldProblem("reason", "Choose why this is not a crime"));
        }
        if (explanation == null || explanation.isBlank()) {
            problems.add(new FieldProblem("explanation", "Explain the decision: it is kept with the decision and audited"));
        } else if (explanation.length() > 5_000) {
            problems.add(new FieldProblem("explanation", "must be at most 5,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RecordingDecision decision = decisions.findForUpdate(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no recording decision " + id));
        Instant now = now();
        RecordingDecision made = decision.notACrime(reason, explanation.strip(), now, CurrentUser.username());
        decisions.update(made);
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "not a crime (" + reason.name() + ") on "
                + decision.sourceReference());
        events.publishEvent(new RecordingDecisionMade(id, decision.sourceReference(), DecisionStatus.NOT_A_CRIME,
                !made.clockAt(now).late(), now));
        return made;
    }

    private void requirePeople(List<UUID> ids, String field, String purpose, List<FieldProblem> problems) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> found = new java.util.HashSet<>();
        for (Person person : persons.found(ids.stream().map(PersonId::new).toList(), purpose)) {
            found.add(person.id().value());
        }
        ids.stream().filter(personId -> !found.contains(personId))
                .forEach(missing -> problems.add(new FieldProblem(field, "there is no person record " + missing)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

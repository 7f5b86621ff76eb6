package uk.peel.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentId;
import uk.peel.incident.IncidentNotFoundException;
import uk.peel.incident.Incidents;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * The safeguarding module's API for notices: raise one (an officer, or Peel from an incident's flag), read it
 * (audited: it names vulnerable people), triage it, add to its log, close it with an outcome, and escalate it when a
 * service level is missed. Each change is one transaction holding the notice's next version, its log entry, its
 * audit entry and its events.
 */
@Service
public class Ppns {

    static final String RECORD_TYPE = "ppn";

    private final PpnStore store;
    private final PpnAlerts alerts;
    private final SafeguardingPolicy policy;
    private final Incidents incidents;
    private final InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final uk.peel.platform.WorkingDays calendar;

    Ppns(PpnStore store, PpnAlerts alerts, SafeguardingPolicy policy, Incidents incidents, InputValidation validation,
         AuditLog audit, ApplicationEventPublisher events, Clock clock, uk.peel.platform.WorkingDays calendar) {
        this.calendar = calendar;
        this.store = store;
        this.alerts = alerts;
        this.policy = policy;
        this.incidents = incidents;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Raises a notice as an officer. */
    @Transactional
    public Ppn raise(NewPpn request) {
        List<FieldProblem> problems = new ArrayList<>(validation.problems(request));
        SafeguardingPolicy.PpnType type = null;
        try {
            type = policy.requireType(request.type());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Incident incident = null;
        if (request.incidentId() != null) {
            try {
                incident = incidents.find(new IncidentId(request.incidentId()));
            } catch (IncidentNotFoundException e) {
                problems.add(new FieldProblem("incidentId", "there is no incident " + request.incidentId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = now();
        Ppn ppn = Ppn.raise(PpnId.random(), store.nextReference(now), type, request.risk(), PpnSource.OFFICER,
                incident == null ? null : incident.id(), incident == null ? null : incident.reference(), request.summary(),
                false, request.people(), now, CurrentUser.username(), calendar);
        if (!store.insertIfNew(ppn)) {
            Ppn existing = store.ofIncident(incident.id()).stream().filter(p -> p.type().equals(request.type().strip())).findFirst().orElseThrow();
            throw new uk.peel.platform.ConflictException(incident.reference() + " already has a " + type.name().toLowerCase(Locale.UK)
                    + " notice, " + existing.reference() + ": add to it instead");
        }
        raised(ppn, type, "Raised by " + ppn.raisedBy() + " as " + type.name().toLowerCase(Locale.UK) + " at "
                + ppn.risk().label().toLowerCase(Locale.UK) + " risk" + (incident == null ? "" : " from incident " + incident.reference()));
        return ppn;
    }

    /**
     * Raises a notice from an incident's safeguarding flag, pre-filled from the incident, unless the incident already
     * has one of that type: the incident's event may be delivered more than once (after a crash), and each delivery
     * must leave exactly one notice. The notice's clock starts when the flag was recorded, not when it was delivered.
     */
    @Transactional
    public Optional<Ppn> raiseFromIncident(IncidentId incidentId, SafeguardingPolicy.PpnType type, Instant flaggedAt) {
        Incident incident = incidents.find(incidentId);
        Instant at = flaggedAt.truncatedTo(ChronoUnit.MICROS);
        Risk risk = policy.highRiskIncidentGrades().contains(incident.grade()) ? Risk.HIGH : Risk.MEDIUM;
        String category = incidents.categories().find(incident.openingCategory()).map(c -> c.label()).orElse(incident.openingCategory());
        String summary = category + " at " + incident.location().describe() + " (incident " + incident.reference() + ", grade "
                + incident.grade() + ")." + (incident.account() == null ? "" : " Call handler's account: " + incident.account());
        List<PpnPerson> people = new ArrayList<>();
        if (incident.caller().name() != null && !incident.caller().name().isBlank()) {
            String relationship = incident.caller().relationship() == null ? "" : incident.caller().relationship().toLowerCase(Locale.UK);
            PersonRole role = relationship.contains("victim") || relationship.equals("self")
                    ? (type.dash() ? PersonRole.VICTIM : PersonRole.SUBJECT) : PersonRole.REPORTING_PERSON;
            people.add(new PpnPerson(null, incident.caller().name(), role));
        }
        Ppn ppn = Ppn.raise(PpnId.random(), store.nextReference(at), type, risk, PpnSource.INCIDENT_FLAG, incident.id(),
                incident.reference(), summary, incident.safeguarding().contains(uk.peel.incident.SafeguardingFlag.REPEAT_VICTIM),
                people, at, CurrentUser.username(), calendar);
        if (!store.insertIfNew(ppn)) {
            return Optional.empty();
        }
        raised(ppn, type, "Raised automatically from the " + type.raisedBy().label().toLowerCase(Locale.UK) + " flag recorded by "
                + incident.createdBy() + " on incident " + incident.reference() + ", at " + risk.label().toLowerCase(Locale.UK)
                + " risk until assessed");
        return Optional.of(ppn);
    }

    /**
     * Raises a notice from another module's record (a crime, a stop, a person record's marker), pre-filled from it,
     * exactly once per record and type: the record's event may be delivered more than once. Where the record came
     * from an incident that already raised an open notice of this type for the same victim (or one that names no
     * victim's record yet, as a notice raised from a call does), the record is linked to that notice, and the people
     * it names added to it, rather than a second notice raised about the same harm.
     */
    @Transactional
    Optional<Ppn> raiseFrom(RecordConcern concern) {
        SafeguardingPolicy.PpnType type = concern.type();
        if (store.linkedNotice(concern.kind(), concern.recordId(), type.code(), concern.occurrence()).isPresent()) {
            return Optional.empty();
        }
        Instant at = concern.at().truncatedTo(ChronoUnit.MICROS);
        Optional<Ppn> incidentNotice = concern.incidentId() == null ? Optional.empty() : store.ofIncident(concern.incidentId()).stream()
                .filter(p -> p.type().equals(type.code()) && !p.isClosed()).findFirst().map(p -> lock(p.id()))
                .filter(p -> sameVictim(p, concern));
        if (incidentNotice.isPresent()) {
            Ppn existing = incidentNotice.get();
            Instant now = now();
            if (!store.insertLinkIfNew(new PpnLink(existing.id(), concern.kind(), concern.recordId(), concern.occurrence(), type.code(),
                    concern.reference(), now, false))) {
                return Optional.empty();
            }
            List<PpnPerson> added = new ArrayList<>();
            for (PpnPerson person : concern.people()) {
                if (existing.people().stream().noneMatch(named -> samePerson(named, person))) {
                    store.addPerson(existing.id(), person);
                    added.add(person);
                }
            }
            store.update(existing.touched(now));
            store.appendLog(existing.id(), now, CurrentUser.username(), "Linked to " + concern.kind().label().toLowerCase(Locale.UK)
                    + " " + concern.reference() + " (" + concern.why() + ")" + (added.isEmpty() ? "" : "; named "
                    + String.join(", ", added.stream().map(p -> p.name() + " as " + p.role().label().toLowerCase(Locale.UK)).toList())));
            if (!added.isEmpty()) {
                Ppn linked = find(existing.id());
                audit.record(AuditAction.COLLECTION, RECORD_TYPE, ids(linked), "people named on " + linked.reference()
                        + " from " + concern.reference());
            }
            return Optional.of(find(existing.id()));
        }
        PpnId id = PpnId.random();
        if (!store.insertLinkIfNew(new PpnLink(id, concern.kind(), concern.recordId(), concern.occurrence(), type.code(),
                concern.reference(), at, true))) {
            return Optional.empty();
        }
        Ppn ppn = Ppn.raise(id, store.nextReference(at), type, concern.risk(), concern.source(), null, null,
                concern.summary(), false, concern.people(), at, CurrentUser.username(), calendar);
        store.insertIfNew(ppn);
        raised(ppn, type, "Raised automatically from " + concern.kind().label().toLowerCase(Locale.UK) + " " + concern.reference()
                + " recorded by " + concern.raisedBy() + " (" + concern.why() + "), at " + concern.risk().label().toLowerCase(Locale.UK)
                + " risk until assessed");
        return Optional.of(ppn);
    }

    /** Whether an incident's notice is about the victim this record names: the same record, or none linked yet. */
    private static boolean sameVictim(Ppn notice, RecordConcern concern) {
        java.util.Set<uk.peel.person.PersonId> onNotice = protectedPeople(notice.people());
        java.util.Set<uk.peel.person.PersonId> onRecord = concern.protectedPeople();
        return onNotice.isEmpty() || onRecord.isEmpty() || onNotice.stream().anyMatch(onRecord::contains);
    }

    static java.util.Set<uk.peel.person.PersonId> protectedPeople(List<PpnPerson> people) {
        return people.stream().filter(p -> p.personId() != null
                        && (p.role() == PersonRole.VICTIM || p.role() == PersonRole.SUBJECT || p.role() == PersonRole.CHILD))
                .map(PpnPerson::personId).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean samePerson(PpnPerson named, PpnPerson person) {
        return person.personId() != null ? person.personId().equals(named.personId())
                : named.personId() == null && named.name().equalsIgnoreCase(person.name()) && named.role() == person.role();
    }

    /** The records that raised this notice or were linked to it. */
    @Transactional(readOnly = true)
    public List<PpnLink> links(PpnId id) {
        return store.links(id);
    }

    /** The notices a record raised or was linked to (without their people): for the record's own page. */
    @Transactional(readOnly = true)
    public List<Ppn> linkedTo(PpnLink.Kind kind, java.util.UUID record) {
        return store.linkedTo(kind, record);
    }

    private void raised(Ppn ppn, SafeguardingPolicy.PpnType type, String entry) {
        store.appendLog(ppn.id(), ppn.raisedAt(), ppn.raisedBy(), entry + ". Queued for " + policy.teamName(ppn.team())
                + (type.dash() ? "; risk assessment due by " + display(ppn.assessmentDueAt()) : "") + "; triage due by "
                + display(ppn.triageDueAt()));
        if (!ppn.people().isEmpty()) {
            audit.record(AuditAction.COLLECTION, RECORD_TYPE, ids(ppn), "people named on " + ppn.reference());
        }
        events.publishEvent(new PpnRaised(ppn.id(), ppn.reference(), ppn.type(), ppn.team(), ppn.risk(), ppn.incidentId(), ppn.raisedAt()));
    }

    /** A notice with the people it names, for the notice page: audited as a consultation. */
    @Transactional
    public Ppn view(PpnId id) {
        Ppn ppn = find(id);
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, ids(ppn), "viewed " + ppn.reference());
        return ppn;
    }

    /** A notice without recording a consultation: for Peel's own decisions, never for showing to a user. */
    @Transactional(readOnly = true)
    public Ppn find(PpnId id) {
        return store.find(id).orElseThrow(() -> new PpnNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Ppn findByReference(String reference) {
        return store.findByReference(reference).orElseThrow(() -> new PpnNotFoundException(reference));
    }

    @Transactional(readOnly = true)
    public List<Ppn> ofIncident(IncidentId incident) {
        return store.ofIncident(incident);
    }

    @Transactional(readOnly = true)
    public List<PpnLogEntry> log(PpnId id) {
        return store.log(id);
    }

    @Transactional
    public PpnLogEntry addNote(PpnId id, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("text", "Enter the log entry")));
        }
        Ppn ppn = lock(id);
        Instant now = now();
        store.update(ppn.touched(now));
        int seq = store.appendLog(id, now, CurrentUser.username(), text.strip());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "log entry " + seq + " on " + ppn.reference());
        return new PpnLogEntry(seq, now, CurrentUser.username(), text.strip());
    }

    /**
     * Names a further person on the notice, linked to their person record where known: how a notice raised from a
     * call (which knows only the caller's name) comes to name the victim and the person causing harm, so that repeat
     * victims and perpetrators are found from the records.
     */
    @Transactional
    public Ppn addPerson(PpnId id, PpnPerson person) {
        validation.check(person);
        Ppn ppn = lock(id);
        if (ppn.isClosed()) {
            throw new uk.peel.platform.ConflictException(ppn.reference() + " is closed: name the person on a new notice");
        }
        Instant now = now();
        store.addPerson(id, person);
        store.update(ppn.touched(now));
        store.appendLog(id, now, CurrentUser.username(), "Named " + person.name() + " as " + person.role().label().toLowerCase(Locale.UK)
                + (person.personId() == null ? " (no person record linked)" : " (person record " + person.personId() + ")"));
        audit.record(AuditAction.COLLECTION, RECORD_TYPE, person.personId() == null ? List.of(id) : List.of(id, person.personId()),
                "person named on " + ppn.reference());
        return find(id);
    }

    /** The safeguarding team's triage: what they decided; the notice stays open until closed with an outcome. */
    @Transactional
    public Ppn triage(PpnId id, String decision) {
        Ppn ppn = lock(id);
        Instant now = now();
        Ppn next = ppn.triage(decision, now, CurrentUser.username());
        store.update(next);
        boolean late = next.clockAt(now).triageBreached();
        store.appendLog(id, now, CurrentUser.username(), "Triaged" + (late ? " after its service level" : "") + ": " + next.triage().decision());
        alerts.acknowledge(id, PpnAlert.Kind.TRIAGE_OVERDUE, now, "triaged");
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "triaged " + ppn.reference());
        return next;
    }

    /** Closes the notice with its outcome; refused without one. */
    @Transactional
    public Ppn close(PpnId id, PpnOutcome outcome, String explanation) {
        Ppn ppn = lock(id);
        Instant now = now();
        Ppn next = ppn.close(outcome, explanation, now, CurrentUser.username());
        store.update(next);
        store.appendLog(id, now, CurrentUser.username(), "Closed: " + outcome.label() + ". " + next.closure().explanation());
        for (PpnAlert.Kind kind : PpnAlert.Kind.values()) {
            alerts.acknowledge(id, kind, now, "notice closed");
        }
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "closed " + ppn.reference());
        return next;
    }

    /**
     * Checks one notice's service levels at {@code now} and escalates what is overdue and not yet escalated. The
     * sweep calls this with the time it chooses, so tests can set the clock.
     */
    @Transactional
    public List<PpnAlert> escalateIfDue(PpnId id, Instant now) {
        Ppn ppn = find(id);
        if (ppn.isClosed()) {
            return List.of();
        }
        SafeguardingPolicy.PpnType type = policy.type(ppn.type()).orElse(null);
        String what = (type == null ? ppn.type() : type.name()) + ", " + ppn.risk().label().toLowerCase(Locale.UK) + " risk";
        List<PpnAlert> raised = new ArrayList<>();
        if (ppn.needsAssessment() && now.isAfter(ppn.assessmentDueAt())) {
            escalate(ppn, PpnAlert.Kind.ASSESSMENT_OVERDUE, policy.assessmentEscalateTo(), now, ppn.reference() + " (" + what
                    + ") has no risk assessment " + hours(ppn, now) + " after it was raised; it was due by "
                    + display(ppn.assessmentDueAt())).ifPresent(raised::add);
        }
        if (ppn.triage() == null && now.isAfter(ppn.triageDueAt())) {
            escalate(ppn, PpnAlert.Kind.TRIAGE_OVERDUE, policy.triageEscalateTo(), now, ppn.reference() + " (" + what
                    + ") has not been triaged by " + policy.teamName(ppn.team()) + " " + hours(ppn, now)
                    + " after it was raised; it was due by " + display(ppn.triageDueAt())).ifPresent(raised::add);
        }
        return raised;
    }

    private Optional<PpnAlert> escalate(Ppn ppn, PpnAlert.Kind kind, uk.peel.security.Role role, Instant now, String message) {
        PpnAlert alert = new PpnAlert(ppn.id(), ppn.reference(), kind, role, now.truncatedTo(ChronoUnit.MICROS), message, null, null);
        if (!alerts.raise(alert)) {
            return Optional.empty();
        }
        store.appendLog(ppn.id(), alert.raisedAt(), CurrentUser.username(), kind.label() + ": escalated to " + role.title()
                + ". " + message);
        return Optional.of(alert);
    }

    @Transactional(readOnly = true)
    public List<PpnAlert> alerts(PpnId id) {
        return alerts.of(id);
    }

    @Transactional(readOnly = true)
    public List<PpnAlert> openAlerts(java.util.Collection<uk.peel.security.Role> roles) {
        return alerts.open(roles);
    }

    @Transactional
    public void acknowledge(PpnId id, PpnAlert.Kind kind) {
        Ppn ppn = lock(id);
        Instant now = now();
        if (alerts.acknowledge(id, kind, now, CurrentUser.username()) == 1) {
            store.update(ppn.touched(now));
            store.appendLog(id, now, CurrentUser.username(), kind.label() + " escalation acknowledged");
        }
    }

    /** Acknowledges an escalation that the work it was about has now ended, inside the caller's transaction. */
    void acknowledgeInTransaction(PpnId id, PpnAlert.Kind kind, Instant now, String why) {
        alerts.acknowledge(id, kind, now, why);
    }

    /** The force's working days, which service levels written in working days count with. */
    uk.peel.platform.WorkingDays calendar() {
        return calendar;
    }

    public SafeguardingPolicy policy() {
        return policy;
    }

    Ppn lock(PpnId id) {
        return store.findForUpdate(id).orElseThrow(() -> new PpnNotFoundException(id));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The notice and the person records it names: what an audit entry about it concerns. */
    static List<Object> ids(Ppn ppn) {
        return Stream.concat(Stream.of(ppn.id()), ppn.people().stream().map(PpnPerson::personId).filter(java.util.Objects::nonNull))
                .map(Object.class::cast).toList();
    }

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(uk.peel.platform.ForceTime.ZONE);

    /** A moment as the force reads it in a log entry or message. */
    static String display(Instant at) {
        return SHOWN.format(at);
    }

    private static String hours(Ppn ppn, Instant now) {
        long minutes = java.time.Duration.between(ppn.raisedAt(), now).toMinutes();
        return minutes < 120 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}

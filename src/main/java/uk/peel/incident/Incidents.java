package uk.peel.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.Location;
import uk.peel.gazetteer.MalformedPostcodeException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.security.Role;

/**
 * The incident module's API: open an incident from a call, keep its log, regrade, move its units through their
 * attendance, and close it. Every change is one transaction holding the incident's next version, its log entry,
 * its audit entry where the caller's personal data is involved, and its events.
 */
@Service
public class Incidents {

    static final String RECORD_TYPE = "incident";

    private final IncidentStore store;
    private final IncidentAlerts alerts;
    private final CrimeRecordingReferrals referrals;
    private final IncidentCategories categories;
    private final GradingScheme grading;
    private final InputValidation validation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Gazetteer gazetteer;
    private final Clock clock;

    Incidents(IncidentStore store, IncidentAlerts alerts, CrimeRecordingReferrals referrals, IncidentCategories categories,
              GradingScheme grading, InputValidation validation, AuditLog audit, ApplicationEventPublisher events,
              Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.store = store;
        this.alerts = alerts;
        this.referrals = referrals;
        this.categories = categories;
        this.grading = grading;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an incident from a call. Only the opening category and grade are required. */
    @Transactional
    public Incident open(CallReport report) {
        List<FieldProblem> problems = new ArrayList<>(validation.problems(report));
        collect(problems, () -> categories.require(report.openingCategory(), "openingCategory"));
        collect(problems, () -> grading.require(report.grade(), "grade"));
        Incident linked = null;
        if (report.linkTo() != null) {
            linked = store.findForUpdate(new IncidentId(report.linkTo())).orElse(null);
            if (linked == null) {
                problems.add(new FieldProblem("linkTo", "there is no incident " + report.linkTo()));
            } else if (linked.isClosed()) {
                problems.add(new FieldProblem("linkTo", linked.reference() + " is closed: open a new incident instead"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = now();
        String by = CurrentUser.username();
        Incident incident = Incident.open(store.nextReference(now), withPosition(report), report.grade().strip(), now, by);
        store.insert(incident);
        IncidentCategory category = categories.require(incident.openingCategory(), "openingCategory");
        log(incident, now, by, IncidentLogEntry.Kind.CREATED, "Opened as " + category.label() + ", grade "
                + describe(incident.grade()) + " at " + incident.location().describe()
                + (incident.safeguarding().isEmpty() ? "" : "; flags: " + String.join(", ",
                incident.safeguarding().stream().map(SafeguardingFlag::label).sorted().toList())));
        if (incident.account() != null) {
            log(incident, now, by, IncidentLogEntry.Kind.NOTE, incident.account());
        }
        if (linked != null) {
            log(incident, now, by, IncidentLogEntry.Kind.LINK, "Further call about " + linked.reference());
            log(linked, now, by, IncidentLogEntry.Kind.LINK, "Further call taken as " + incident.reference());
            store.update(linked.touched(now));
            changed(linked.touched(now), now);
        }
        if (!incident.caller().isEmpty()) {
            audit.record(AuditAction.COLLECTION, RECORD_TYPE, List.of(incident.id()), "caller details taken on " + incident.reference());
        }
        events.publishEvent(new IncidentOpened(incident.id(), incident.reference(), incident.openingCategory(),
                incident.grade(), incident.safeguarding(), now));
        changed(incident, now);
        escalateIfDue(incident, now);
        return incident;
    }

    /** An incident with its log, for the incident page: audited, as it holds the caller's details. */
    @Transactional
    public Incident view(IncidentId id) {
        Incident incident = store.find(id).orElseThrow(() -> new IncidentNotFoundException(id));
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed " + incident.reference());
        return incident;
    }

    /** The incident without its caller's details being shown to anyone (for boards and internal decisions). */
    @Transactional(readOnly = true)
    public Incident find(IncidentId id) {
        return store.find(id).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    /** Several incidents at once, by id (those that exist), without their callers' details being shown. */
    @Transactional(readOnly = true)
    public Map<IncidentId, Incident> findAll(Collection<IncidentId> ids) {
        return ids.isEmpty() ? Map.of()
                : store.findAll(ids).stream().collect(Collectors.toMap(Incident::id, incident -> incident));
    }

    @Transactional(readOnly = true)
    public Incident findByReference(String reference) {
        return store.findByReference(reference).orElseThrow(() -> new IncidentNotFoundException(reference));
    }

    @Transactional(readOnly = true)
    public List<IncidentLogEntry> log(IncidentId id) {
        return store.log(id);
    }

    /** Every open incident, oldest first. */
    @Transactional(readOnly = true)
    public List<Incident> open() {
        return store.open();
    }

    @Transactional(readOnly = true)
    public List<Incident> recentlyClosed(int limit) {
        return store.recentlyClosed(limit);
    }

    @Transactional(readOnly = true)
    public List<Incident> createdSince(Instant since) {
        return store.createdSince(since);
    }

    @Transactional
    public IncidentLogEntry addNote(IncidentId id, String text) {
        return addEntry(id, IncidentLogEntry.Kind.NOTE, text);
    }

    /** A correction of an earlier entry: a new entry naming the one it corrects; the original stays as written. */
    @Transactional
    public IncidentLogEntry correct(IncidentId id, int seq, String text) {
        if (store.log(id).stream().noneMatch(entry -> entry.seq() == seq)) {
            throw new InvalidInputException(List.of(new FieldProblem("corrects", "the log has no entry " + seq)));
        }
        return addEntry(id, IncidentLogEntry.Kind.CORRECTION, "Correction to entry " + seq + ": " + requireText(text));
    }

    private IncidentLogEntry addEntry(IncidentId id, IncidentLogEntry.Kind kind, String text) {
        Incident incident = lock(id);
        Instant now = now();
        String by = CurrentUser.username();
        String entry = requireText(text);
        int seq = log(incident, now, by, kind, entry);
        Incident next = incident.touched(now);
        store.update(next);
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "log entry " + seq + " on " + incident.reference());
        changed(next, now);
        return new IncidentLogEntry(id, seq, now, by, kind, entry);
    }

    @Transactional
    public Incident regrade(IncidentId id, String grade, String reason) {
        GradingScheme.Grade policy = grading.require(grade, "grade");
        Incident incident = lock(id);
        if (policy.code().equals(incident.grade())) {
            return incident;
        }
        Instant now = now();
        Incident next = incident.regrade(policy.code(), now);
        store.update(next);
        log(next, now, CurrentUser.username(), IncidentLogEntry.Kind.GRADE, "Regraded from " + describe(incident.grade())
                + " to " + describe(policy.code()) + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        changed(next, now);
        escalateIfDue(next, now);
        return next;
    }

    @Transactional
    public Incident relocate(IncidentId id, IncidentLocation location) {
        validation.check(location);
        Incident incident = lock(id);
        Instant now = now();
        Incident next = incident.relocate(positioned(location), now);
        store.update(next);
        log(next, now, CurrentUser.username(), IncidentLogEntry.Kind.LOCATION, "Location now " + location.describe());
        changed(next, now);
        return next;
    }

    /** A unit has been sent. Called by dispatch, in the transaction that also changes the unit. */
    @Transactional
    public Incident unitAssigned(IncidentId id, String callSign, String reason) {
        Incident incident = lock(id);
        Instant now = now();
        Incident next = incident.assign(callSign, now);
        store.update(next);
        log(next, now, CurrentUser.username(), IncidentLogEntry.Kind.UNIT, callSign + " assigned"
                + (reason == null ? "" : " (" + reason + ")"));
        alerts.acknowledge(id, IncidentAlert.Kind.UNASSIGNED, now, "unit assigned: " + callSign);
        changed(next, now);
        return next;
    }

    @Transactional
    public Incident unitEnRoute(IncidentId id, String callSign) {
        return attendance(id, callSign, "en route", Incident::enRoute);
    }

    @Transactional
    public Incident unitArrived(IncidentId id, String callSign) {
        return attendance(id, callSign, "at scene", Incident::arrived);
    }

    @Transactional
    public Incident unitCleared(IncidentId id, String callSign) {
        return attendance(id, callSign, "cleared", Incident::cleared);
    }

    private Incident attendance(IncidentId id, String callSign, String what, AttendanceChange change) {
        Incident incident = lock(id);
        Instant now = now();
        Incident next = change.apply(incident, callSign, now);
        store.update(next);
        String timing = "";
        if (what.equals("at scene") && incident.firstArrivedAt().isEmpty()) {
            timing = " (" + minutes(Duration.between(incident.createdAt(), now)) + " after the incident was created"
                    + grading.find(incident.grade()).filter(g -> g.attendWithin() != null)
                    .map(g -> now.isAfter(incident.createdAt().plus(g.attendWithin())) ? "; target of " + minutes(g.attendWithin()) + " missed"
                            : "; within the target of " + minutes(g.attendWithin())).orElse("") + ")";
        }
        log(next, now, CurrentUser.username(), IncidentLogEntry.Kind.UNIT, callSign + " " + what + timing);
        changed(next, now);
        return next;
    }

    private interface AttendanceChange {
        Incident apply(Incident incident, String callSign, Instant at);
    }

    /** What a closing officer or dispatcher records. */
    public record ClosureRequest(String category, List<String> qualifiers, String result) {
    }

    /**
     * Closes the incident. A crime-related closing category refers it for a crime recording decision in the same
     * transaction, so it can never be closed without the referral existing.
     */
    @Transactional
    public Incident close(IncidentId id, ClosureRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        IncidentCategory category = collect(problems, () -> categories.require(request.category(), "category"));
        if (request.result() == null || request.result().isBlank()) {
            problems.add(new FieldProblem("result", "Say how the incident was resolved"));
        } else if (request.result().length() > 5_000) {
            problems.add(new FieldProblem("result", "must be at most 5,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Incident incident = lock(id);
        Instant now = now();
        String by = CurrentUser.username();
        List<String> qualifiers = request.qualifiers() == null ? List.of()
                : request.qualifiers().stream().filter(Objects::nonNull).map(String::strip).filter(q -> !q.isEmpty()).toList();
        Incident next = incident.close(new Closure(category.code(), qualifiers, request.result().strip(),
                category.crimeRelated(), now, by));
        store.update(next);
        log(next, now, by, IncidentLogEntry.Kind.CLOSED, "Closed as " + category.label()
                + (qualifiers.isEmpty() ? "" : " (" + String.join(", ", qualifiers) + ")") + ": " + request.result().strip()
                + (category.crimeRelated() ? ". Referred for a crime recording decision, due within 24 hours." : ""));
        if (category.crimeRelated()) {
            referrals.refer(next);
        }
        alerts.acknowledge(id, IncidentAlert.Kind.UNASSIGNED, now, "incident closed");
        events.publishEvent(new IncidentClosed(id, next.reference(), category.code(), category.crimeRelated(), now));
        changed(next, now);
        return next;
    }

    /**
     * Checks one incident's clock and raises what is due. Answers the alerts raised now. The escalation sweep calls
     * this for every open incident with the time it chooses, so tests can set the clock.
     */
    @Transactional
    public List<IncidentAlert> escalateIfDue(IncidentId id, Instant now) {
        return escalateIfDue(store.find(id).orElseThrow(() -> new IncidentNotFoundException(id)), now);
    }

    /** The escalations this incident's grade clock has made due at {@code now}, raised already or not. */
    java.util.Set<IncidentAlert.Kind> dueAt(Incident incident, Instant now) {
        GradingScheme.Grade grade = grading.find(incident.grade()).orElse(null);
        if (grade == null || incident.isClosed()) {
            return java.util.Set.of();
        }
        IncidentClock at = incident.clockAt(now, grade);
        java.util.Set<IncidentAlert.Kind> due = java.util.EnumSet.noneOf(IncidentAlert.Kind.class);
        if (at.escalateUnassigned()) {
            due.add(IncidentAlert.Kind.UNASSIGNED);
        }
        if (at.attendanceBreached() && !at.attended()) {
            due.add(IncidentAlert.Kind.ATTENDANCE_BREACH);
        }
        return due;
    }

    private List<IncidentAlert> escalateIfDue(Incident incident, Instant now) {
        java.util.Set<IncidentAlert.Kind> due = dueAt(incident, now);
        if (due.isEmpty()) {
            return List.of();
        }
        GradingScheme.Grade grade = grading.find(incident.grade()).orElseThrow();
        IncidentClock at = incident.clockAt(now, grade);
        List<IncidentAlert> raised = new ArrayList<>();
        if (due.contains(IncidentAlert.Kind.UNASSIGNED)) {
            raise(incident, grade, IncidentAlert.Kind.UNASSIGNED, now, "Grade " + describe(grade.code()) + " " + incident.reference()
                    + " has no unit " + minutes(at.open()) + " after it was created").ifPresent(raised::add);
        }
        if (due.contains(IncidentAlert.Kind.ATTENDANCE_BREACH)) {
            raise(incident, grade, IncidentAlert.Kind.ATTENDANCE_BREACH, now, "Grade " + describe(grade.code()) + " "
                    + incident.reference() + " has passed its attendance target of " + minutes(grade.attendWithin())
                    + " with no unit at scene").ifPresent(raised::add);
        }
        return raised;
    }

    private java.util.Optional<IncidentAlert> raise(Incident incident, GradingScheme.Grade grade, IncidentAlert.Kind kind,
                                                    Instant now, String message) {
        IncidentAlert alert = new IncidentAlert(incident.id(), incident.reference(), kind, grade.escalateTo(), now, message, null, null);
        if (!alerts.raise(alert)) {
            return java.util.Optional.empty();
        }
        log(incident, now, "system", IncidentLogEntry.Kind.ALERT, message + "; escalated to " + grade.escalateTo().title());
        events.publishEvent(new IncidentAlertRaised(alert));
        return java.util.Optional.of(alert);
    }

    @Transactional(readOnly = true)
    public List<IncidentAlert> openAlerts(Collection<Role> roles) {
        return alerts.open(roles);
    }

    @Transactional(readOnly = true)
    public List<IncidentAlert> alerts(IncidentId id) {
        return alerts.of(id);
    }

    @Transactional
    public void acknowledge(IncidentId id, IncidentAlert.Kind kind) {
        Incident incident = lock(id);
        Instant now = now();
        if (alerts.acknowledge(id, kind, now, CurrentUser.username()) == 1) {
            log(incident, now, CurrentUser.username(), IncidentLogEntry.Kind.ALERT, kind.label() + " alert acknowledged");
            changed(incident.touched(now), now);
            store.update(incident.touched(now));
        }
    }

    @Transactional(readOnly = true)
    public long alertsRaisedSince(Instant since) {
        return alerts.countSince(since);
    }

    /** Incidents at this postcode or within about 100 metres in the last year, most recent first. */
    @Transactional(readOnly = true)
    public List<Incident> previousAt(IncidentLocation location, int limit) {
        if (location.postcode() == null && !location.hasPosition()) {
            return List.of();
        }
        return store.near(location.postcode(), location.latitude(), location.longitude(), 0.001,
                now().minus(Duration.ofDays(365)), limit);
    }

    /**
     * Open incidents that may be the same event as a new call: within about 300 metres (or the same postcode),
     * created in the last hour, in the same category group. The handler is offered these to link to rather than
     * creating a duplicate incident.
     */
    @Transactional(readOnly = true)
    public List<Incident> possiblySameEvent(IncidentLocation location, String openingCategory) {
        if (location == null || (location.postcode() == null && !location.hasPosition())) {
            return List.of();
        }
        String group = categories.find(openingCategory).map(IncidentCategory::group).orElse(null);
        return store.near(location.postcode(), location.latitude(), location.longitude(), 0.003,
                        now().minus(Duration.ofHours(1)), 20).stream()
                .filter(incident -> !incident.isClosed())
                .filter(incident -> group == null || categories.find(incident.openingCategory())
                        .map(IncidentCategory::group).map(group::equals).orElse(false))
                .toList();
    }

    public GradingScheme grading() {
        return grading;
    }

    public IncidentCategories categories() {
        return categories;
    }

    /** A postcode without coordinates is placed at the postcode's centre, so dispatch can rank units by distance. */
    private IncidentLocation positioned(IncidentLocation location) {
        if (location.postcode() == null || location.hasPosition()) {
            return location;
        }
        try {
            return gazetteer.lookup(location.postcode()).filter(Location::hasCoordinates)
                    .map(found -> location.withPosition(found.coordinates().latitude(), found.coordinates().longitude()))
                    .orElse(location);
        } catch (MalformedPostcodeException e) {
            return location;
        }
    }

    private CallReport withPosition(CallReport report) {
        IncidentLocation location = positioned(report.location());
        return location == report.location() ? report : new CallReport(report.callStartedAt(), report.caller(), location,
                report.openingCategory(), report.grade(), report.thrive(), report.safeguarding(), report.account(), report.linkTo());
    }

    /** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Incident lock(IncidentId id) {
        return store.findForUpdate(id).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    private int log(Incident incident, Instant at, String by, IncidentLogEntry.Kind kind, String text) {
        return store.appendLog(incident.id(), at, by, kind, text);
    }

    private void changed(Incident incident, Instant at) {
        events.publishEvent(new IncidentChanged(incident.id(), incident.version(), incident.status(), at));
    }

    private String describe(String grade) {
        return grading.find(grade).map(g -> g.code() + " (" + g.name() + ")").orElse(grade);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("text", "Enter the log entry")));
        }
        if (text.length() > 20_000) {
            throw new InvalidInputException(List.of(new FieldProblem("text", "must be at most 20,000 characters")));
        }
        return text.strip();
    }

    static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    private static <T> T collect(List<FieldProblem> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}

package uk.peel.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An incident: one event the force is dealing with, from the first call to closure. Immutable: each change makes
 * the next version, which the store saves only if nobody else changed the incident first, with a log entry that
 * says what changed.
 *
 * @param linkedTo the incident this one was linked to as a further call about the same event, if any
 */
public record Incident(
        IncidentId id,
        String reference,
        int version,
        String grade,
        String openingCategory,
        Instant callStartedAt,
        Instant createdAt,
        String createdBy,
        Caller caller,
        IncidentLocation location,
        Thrive thrive,
        Set<SafeguardingFlag> safeguarding,
        String account,
        List<Attendance> attendances,
        Closure closure,
        IncidentId linkedTo,
        Instant updatedAt) {

    public Incident {
        safeguarding = Set.copyOf(safeguarding);
        attendances = List.copyOf(attendances);
    }

    static Incident open(String reference, CallReport report, String grade, Instant now, String by) {
        Instant started = report.callStartedAt() == null || report.callStartedAt().isAfter(now) ? now : report.callStartedAt();
        return new Incident(IncidentId.random(), reference, 1, grade, report.openingCategory().strip(), started, now, by,
                report.caller(), report.location(), report.thrive(), report.safeguarding(), report.account(), List.of(),
                null, report.linkTo() == null ? null : new IncidentId(report.linkTo()), now);
    }

    public IncidentStatus status() {
        if (closure != null) {
            return IncidentStatus.CLOSED;
        }
        if (attendances.stream().anyMatch(Attendance::isAtScene)) {
            return IncidentStatus.AT_SCENE;
        }
        if (attendances.stream().anyMatch(Attendance::isActive)) {
            return IncidentStatus.ASSIGNED;
        }
        return attendances.isEmpty() ? IncidentStatus.AWAITING_UNIT : IncidentStatus.AWAITING_CLOSURE;
    }

    public boolean isClosed() {
        return closure != null;
    }

    public Optional<Instant> firstAssignedAt() {
        return attendances.stream().map(Attendance::assignedAt).min(Instant::compareTo);
    }

    public Optional<Instant> firstArrivedAt() {
        return attendances.stream().map(Attendance::arrivedAt).filter(java.util.Objects::nonNull).min(Instant::compareTo);
    }

    public List<String> activeUnits() {
        return attendances.stream().filter(Attendance::isActive).map(Attendance::callSign).toList();
    }

    public Optional<Attendance> activeAttendance(String callSign) {
        return attendances.stream().filter(a -> a.isActive() && a.callSign().equals(callSign)).findFirst();
    }

    /** How the incident stands against its grade's targets at a moment. */
    public IncidentClock clockAt(Instant now, GradingScheme.Grade policy) {
        return IncidentClock.of(this, policy, now);
    }

    Incident assign(String callSign, Instant at) {
        requireOpen("assign a unit");
        if (activeAttendance(callSign).isPresent()) {
            throw new IllegalIncidentChangeException(callSign + " is already assigned to " + reference);
        }
        List<Attendance> next = new ArrayList<>(attendances);
        next.add(new Attendance(callSign, at, null, null, null));
        return next(next, closure, grade, location, at);
    }

    Incident enRoute(String callSign, Instant at) {
        return replace(callSign, at, attendance -> attendance.enRoute(at));
    }

    Incident arrived(String callSign, Instant at) {
        return replace(callSign, at, attendance -> attendance.arrived(at));
    }

    Incident cleared(String callSign, Instant at) {
        return replace(callSign, at, attendance -> attendance.cleared(at));
    }

    Incident regrade(String newGrade, Instant at) {
        requireOpen("regrade it");
        return next(attendances, closure, newGrade, location, at);
    }

    Incident relocate(IncidentLocation newLocation, Instant at) {
        requireOpen("change its location");
        return next(attendances, closure, grade, newLocation, at);
    }

    Incident close(Closure how) {
        requireOpen("close it again");
        List<Attendance> next = attendances.stream().map(a -> a.isActive() ? a.cleared(how.closedAt()) : a).toList();
        return next(next, how, grade, location, how.closedAt());
    }

    Incident touched(Instant at) {
        return next(attendances, closure, grade, location, at);
    }

    private Incident replace(String callSign, Instant at, java.util.function.UnaryOperator<Attendance> change) {
        requireOpen("change a unit's status on it");
        Attendance current = activeAttendance(callSign).orElseThrow(() ->
                new IllegalIncidentChangeException(callSign + " is not assigned to " + reference));
        List<Attendance> next = attendances.stream().map(a -> a == current ? change.apply(a) : a).toList();
        return next(next, closure, grade, location, at);
    }

    private void requireOpen(String what) {
        if (closure != null) {
            throw new IllegalIncidentChangeException(reference + " is closed: cannot " + what);
        }
    }

    private Incident next(List<Attendance> nextAttendances, Closure nextClosure, String nextGrade,
                          IncidentLocation nextLocation, Instant at) {
        return new Incident(id, reference, version + 1, nextGrade, openingCategory, callStartedAt, createdAt, createdBy,
                caller, nextLocation, thrive, safeguarding, account, nextAttendances, nextClosure, linkedTo, at);
    }

    /** Time from answering the call to the incident being created. */
    public Duration callToCreate() {
        return Duration.between(callStartedAt, createdAt);
    }
}

package uk.peel.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An incident against its grade's targets at one moment: how long it has been open, when a unit must be there,
 * and whether it should be escalated. Pure arithmetic on the incident and the scheme, so it is the same on a board,
 * in the escalation sweep and in a test with a chosen clock.
 *
 * @param attendDue when a unit must arrive (null where the grade has no target)
 * @param escalateUnassignedAt when an incident still without a unit is escalated (null where it is not)
 */
public record IncidentClock(Duration open, Instant attendDue, Instant escalateUnassignedAt, boolean unassigned,
                            boolean attended, boolean attendanceBreached, boolean escalateUnassigned) {

    static IncidentClock of(Incident incident, GradingScheme.Grade grade, Instant now) {
        Instant end = incident.isClosed() ? incident.closure().closedAt() : now;
        Instant due = grade == null || grade.attendWithin() == null ? null : incident.createdAt().plus(grade.attendWithin());
        Instant escalateAt = grade == null || grade.escalateUnassignedAfter() == null ? null
                : incident.createdAt().plus(grade.escalateUnassignedAfter());
        boolean unassigned = incident.firstAssignedAt().isEmpty();
        Optional<Instant> arrived = incident.firstArrivedAt();
        boolean breached = due != null && (arrived.map(at -> at.isAfter(due)).orElse(!incident.isClosed() && now.isAfter(due)));
        boolean escalate = escalateAt != null && unassigned && !incident.isClosed() && !now.isBefore(escalateAt);
        return new IncidentClock(Duration.between(incident.createdAt(), end), due, escalateAt, unassigned,
                arrived.isPresent(), breached, escalate);
    }

    /** Time left to the attendance target (negative once passed), if there is one and nobody has arrived yet. */
    public Optional<Duration> remaining(Instant now) {
        return attendDue == null || attended ? Optional.empty() : Optional.of(Duration.between(now, attendDue));
    }
}

package uk.peel.incident;

import java.time.Instant;

/**
 * One unit's part in an incident: when it was assigned, set off, arrived and cleared. A unit may be assigned,
 * cleared and later sent again; each assignment is its own attendance.
 */
public record Attendance(String callSign, Instant assignedAt, Instant enRouteAt, Instant arrivedAt, Instant clearedAt) {

    public boolean isActive() {
        return clearedAt == null;
    }

    public boolean isAtScene() {
        return arrivedAt != null && clearedAt == null;
    }

    Attendance enRoute(Instant at) {
        return new Attendance(callSign, assignedAt, enRouteAt == null ? at : enRouteAt, arrivedAt, clearedAt);
    }

    Attendance arrived(Instant at) {
        return new Attendance(callSign, assignedAt, enRouteAt, arrivedAt == null ? at : arrivedAt, clearedAt);
    }

    Attendance cleared(Instant at) {
        return new Attendance(callSign, assignedAt, enRouteAt, arrivedAt, at);
    }
}

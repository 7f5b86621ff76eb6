package uk.peel.incident;

import java.time.Instant;

import uk.peel.security.Role;

/**
 * An escalation raised by an incident's grade clock, addressed to a role: a Grade 1 with no unit to the duty
 * inspector, a Grade 2 still unassigned at 40 minutes to a sergeant, a missed attendance target to the grade's
 * escalation role. It stays on that role's list until someone acknowledges it, or, for an unassigned incident,
 * until a unit is assigned.
 */
public record IncidentAlert(IncidentId incidentId, String reference, Kind kind, Role role, Instant raisedAt,
                            String message, Instant acknowledgedAt, String acknowledgedBy) {

    public enum Kind {
        UNASSIGNED("No unit assigned"), ATTENDANCE_BREACH("Attendance target missed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}

package uk.peel.safeguarding;

import java.time.Instant;

import uk.peel.security.Role;

/**
 * A service level missed by a notice, escalated to a role: a risk assessment not done in time to the supervisor, a
 * triage not done in time to the duty inspector (by default). It stays on that role's list until acknowledged.
 */
public record PpnAlert(PpnId ppnId, String reference, Kind kind, Role role, Instant raisedAt, String message,
                       Instant acknowledgedAt, String acknowledgedBy) {

    public enum Kind {
        ASSESSMENT_OVERDUE("Risk assessment overdue"), TRIAGE_OVERDUE("Triage overdue");

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

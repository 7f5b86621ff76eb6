package uk.peel.missingperson;

import java.time.Instant;

import uk.peel.security.Role;

/**
 * A missing person's review not done by its scheduled time, alerted to a role: at level 1 when it is missed, at
 * level 2 (escalated) when it is still not done later. It stays on the role's list until acknowledged, or until the
 * review is done.
 */
public record ReviewAlert(MissingPersonId missingPersonId, String reference, MissingRisk risk, Instant reviewDueAt, int level,
                          Role role, Instant raisedAt, String message, Instant acknowledgedAt, String acknowledgedBy) {

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public boolean escalated() {
        return level > 1;
    }

    public String label() {
        return escalated() ? "Review still overdue: escalated" : "Review overdue";
    }
}

package uk.peel.incident;

/** An escalation was raised: the boards of users in its role show it at once. */
public record IncidentAlertRaised(IncidentAlert alert) {
}

package uk.peel.incident;

import java.time.Instant;

/** Anything about an incident changed (opened, unit status, regraded, closed...): boards redraw its row. */
public record IncidentChanged(IncidentId incidentId, int version, IncidentStatus status, Instant at) {
}

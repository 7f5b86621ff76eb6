package uk.peel.safeguarding;

import java.time.Instant;

import uk.peel.incident.IncidentId;

/** A public protection notice was raised (by an officer, or from an incident's flag). */
public record PpnRaised(PpnId ppnId, String reference, String type, String team, Risk risk, IncidentId incidentId,
                        Instant at) {
}

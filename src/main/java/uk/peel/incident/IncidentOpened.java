package uk.peel.incident;

import java.time.Instant;
import java.util.Set;

/**
 * A new incident was created. Published with the creating transaction, so a listener (safeguarding raising a
 * notice for a flagged vulnerability) gets it even if the server stops straight after.
 */
public record IncidentOpened(IncidentId incidentId, String reference, String openingCategory, String grade,
                             Set<SafeguardingFlag> safeguarding, Instant at) {
}

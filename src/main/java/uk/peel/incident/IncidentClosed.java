package uk.peel.incident;

import java.time.Instant;

/**
 * An incident was closed. When {@code crimeRelated}, crime recording must make its recording decision within 24
 * hours of {@code closedAt}; the referral is also stored with the closure ({@link CrimeRecordingReferrals}), so it
 * is listed as pending until crime recording takes it.
 */
public record IncidentClosed(IncidentId incidentId, String reference, String closingCategory, boolean crimeRelated,
                             Instant closedAt) {
}

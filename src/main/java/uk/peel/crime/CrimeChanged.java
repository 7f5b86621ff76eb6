package uk.peel.crime;

import java.time.Instant;

/** A recorded crime was cancelled or reclassified with a decision maker's approval. */
public record CrimeChanged(CrimeId crimeId, String crn, ChangeRequest.Kind kind, String classification, CrimeStatus status,
                           Instant at) {
}

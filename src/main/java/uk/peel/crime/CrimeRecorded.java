package uk.peel.crime;

import java.time.Instant;

/** A crime was recorded from a recording decision. */
public record CrimeRecorded(CrimeId crimeId, String crn, DecisionId decisionId, String classification, Instant at) {
}

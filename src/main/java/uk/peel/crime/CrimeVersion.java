package uk.peel.crime;

import java.time.Instant;

/** One version of a crime as it stood, with who changed it, when, and what the change was in words. */
public record CrimeVersion(CrimeId crimeId, int version, Instant at, String by, String change, String classification,
                           CrimeStatus status, Crime crime) {
}

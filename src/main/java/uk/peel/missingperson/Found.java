package uk.peel.missingperson;

import java.time.Instant;

/** Where and how the person was found. */
public record Found(Instant at, String where, String condition, Instant recordedAt, String recordedBy) {
}

package uk.peel.missingperson;

import java.time.Instant;

/** Someone saw the missing person: when, where, who said so, and what they saw. */
public record Sighting(Instant seenAt, String location, String reportedBy, String details, Instant recordedAt,
                       String recordedBy) {
}

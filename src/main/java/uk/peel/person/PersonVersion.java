package uk.peel.person;

import java.time.Instant;

/** One historical state of a person record: what it said, who recorded it, when and why. */
public record PersonVersion(PersonId personId, int version, PersonDetails details, Instant recordedAt,
                            String recordedBy, String reason) {
}

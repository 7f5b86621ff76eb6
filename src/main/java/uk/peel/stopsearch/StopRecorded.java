package uk.peel.stopsearch;

import java.time.Instant;

/** A stop was recorded; {@code concern} is the safeguarding concern the officer recorded about the person, if any. */
public record StopRecorded(StopId stopId, String reference, StopConcern concern, Instant at) {
}

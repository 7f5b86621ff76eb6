package uk.peel.missingperson;

import java.time.Instant;

/** A supervisor's review of the investigation; the next is due on the schedule for the grade at that time. */
public record Review(Instant at, String by, String note, boolean late) {
}

package uk.peel.missingperson;

import java.time.Instant;

/** One entry in a report's append-only log. */
public record LogLine(int seq, Instant at, String by, String text) {
}

package uk.peel.safeguarding;

import java.time.Instant;

/** One entry in a notice's log: never changed once written. */
public record PpnLogEntry(int seq, Instant at, String by, String text) {
}

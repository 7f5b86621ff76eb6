package uk.peel.missingperson;

import java.time.Instant;

/** The return-home interview after a person is found: when it was held (or declined), by whom, what was learnt. */
public record ReturnHomeInterview(Instant at, String by, boolean declined, String findings) {
}

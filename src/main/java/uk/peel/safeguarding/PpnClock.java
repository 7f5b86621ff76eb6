package uk.peel.safeguarding;

import java.time.Duration;
import java.time.Instant;

/**
 * A notice against its service levels at one moment: how old it is, and whether its risk assessment and its
 * triage were (or are now) late.
 */
public record PpnClock(Duration age, Instant assessmentDue, boolean assessmentBreached, Instant triageDue,
                       boolean triageBreached) {

    public boolean breached() {
        return assessmentBreached || triageBreached;
    }
}

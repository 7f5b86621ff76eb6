package uk.peel.investigation;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a victim asked to be told how the investigation is going (Victims' Code, right 6: the police agree with
 * the victim how often they will be updated). At key points only means no regular update is due: the victim is told
 * of an arrest, a charge, a decision to take no further action and the like, which the officer records as contacts.
 */
public enum ContactFrequency {
    WEEKLY("Weekly", Duration.ofDays(7)),
    FORTNIGHTLY("Fortnightly", Duration.ofDays(14)),
    MONTHLY("Monthly", Duration.ofDays(28)),
    KEY_POINTS("At key points only", null);

    private final String label;
    private final Duration interval;

    ContactFrequency(String label, Duration interval) {
        this.label = label;
        this.interval = interval;
    }

    public String label() {
        return label;
    }

    /** The longest the victim should wait between updates, or empty when only key points are due. */
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }
}

package uk.peel.crime.integrity;

/** An auditor's judgement of one crime that should, or might, have been recorded from an incident. */
public enum Outcome {
    RECORDED("Recorded correctly", true, true),
    /** Recorded, but not within 24 hours of the report: still recorded, so it counts towards the rate. */
    RECORDED_LATE("Recorded late", true, true),
    NOT_RECORDED("Not recorded", true, false),
    /** On the balance of probability no notifiable crime was committed, and none was recorded. */
    NOT_A_CRIME("Correctly not a crime", false, false),
    /** A line entered in error by the auditor: kept in the history, left out of every figure. */
    WITHDRAWN("Withdrawn (entered in error)", false, false);

    private final String label;
    private final boolean shouldHaveBeenRecorded;
    private final boolean recorded;

    Outcome(String label, boolean shouldHaveBeenRecorded, boolean recorded) {
        this.label = label;
        this.shouldHaveBeenRecorded = shouldHaveBeenRecorded;
        this.recorded = recorded;
    }

    public String label() {
        return label;
    }

    /** Counts in the denominator of the recording rate. */
    public boolean shouldHaveBeenRecorded() {
        return shouldHaveBeenRecorded;
    }

    /** Counts in the numerator of the recording rate. */
    public boolean recorded() {
        return recorded;
    }

    /** Needs the offence that should have been recorded. */
    public boolean needsOffence() {
        return shouldHaveBeenRecorded;
    }
}

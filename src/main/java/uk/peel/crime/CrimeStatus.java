package uk.peel.crime;

public enum CrimeStatus {
    /** On the record and counted. */
    RECORDED("Recorded"),
    /** Removed from the count for an allowed reason with a decision maker's approval; never deleted. */
    CANCELLED("Cancelled");

    private final String label;

    CrimeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

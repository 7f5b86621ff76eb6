package uk.peel.crime;

public enum DecisionStatus {
    /** Waiting for the decision; its clock is running. */
    DUE("Decision due"),
    /** Recorded as one or more crimes. */
    RECORDED("Recorded"),
    /** Not a crime, with the reason. */
    NOT_A_CRIME("Not a crime");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

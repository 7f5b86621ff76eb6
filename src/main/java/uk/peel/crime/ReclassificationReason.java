package uk.peel.crime;

/**
 * The reasons the Home Office Counting Rules (General Rules, section B) allow a recorded crime's classification to
 * change. The earlier classification stays in the crime's history.
 */
public enum ReclassificationReason {
    ADDITIONAL_VERIFIABLE_INFORMATION("Additional verifiable information shows a different crime"),
    PRINCIPAL_CRIME_RULE("The principal crime rule: a more serious crime in the same sequence of events"),
    CLASSIFIED_IN_ERROR("The classification was recorded in error");

    private final String label;

    ReclassificationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.peel.crime;

/**
 * The reasons the Home Office Counting Rules (General Rules, section C) allow a recorded crime to be cancelled or
 * transferred. Nothing else removes a crime from the record, and each needs a designated decision maker's approval.
 */
public enum CancellationReason {
    C1_TRANSFERRED("C1: committed outside this force's jurisdiction; transferred to the force where it happened"),
    C2_ADDITIONAL_VERIFIABLE_INFORMATION("C2: additional verifiable information shows no notifiable crime took place"),
    C3_DUPLICATE("C3: a duplicate of a crime already recorded, or part of one"),
    C4_RECORDED_IN_ERROR("C4: recorded in error (no crime was ever reported, such as a crime created by mistake)");

    private final String label;

    CancellationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

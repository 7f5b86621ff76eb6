package uk.peel.stopsearch;

/**
 * A safeguarding concern the officer recorded about the person stopped; each raises a public protection notice of
 * the type named (a code of {@code peel.safeguarding.types}, configurable there under {@code triggers.stop-concerns}).
 */
public enum StopConcern {
    CHILD_EXPLOITATION("Child at risk of exploitation (criminal or sexual, county lines)", "CHILD_CONCERN"),
    CHILD_AT_RISK("Child at risk of harm or neglect", "CHILD_CONCERN"),
    MENTAL_HEALTH("Mental health", "MENTAL_HEALTH"),
    ADULT_AT_RISK("Adult at risk (exploitation, self-neglect, cuckooing)", "ADULT_AT_RISK"),
    DOMESTIC_ABUSE("Domestic abuse disclosed", "DOMESTIC_ABUSE"),
    OTHER("Other safeguarding concern", "OTHER");

    private final String label;
    private final String noticeType;

    StopConcern(String label, String noticeType) {
        this.label = label;
        this.noticeType = noticeType;
    }

    public String label() {
        return label;
    }

    /** The notice type it raises unless the force configures otherwise. */
    public String noticeType() {
        return noticeType;
    }
}

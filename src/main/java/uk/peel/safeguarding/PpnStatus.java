package uk.peel.safeguarding;

/** Where a notice is: raised and waiting for the safeguarding team, triaged and being worked, or closed. */
public enum PpnStatus {
    OPEN("Awaiting triage"), TRIAGED("Triaged"), CLOSED("Closed");

    private final String label;

    PpnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.peel.safeguarding;

/** How a notice came to be raised. */
public enum PpnSource {
    /** Raised by Peel from a safeguarding flag recorded at call taking. */
    INCIDENT_FLAG("From an incident's safeguarding flag"),
    /** Raised by an officer, linked to an incident or on its own. */
    OFFICER("Raised by an officer");

    private final String label;

    PpnSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

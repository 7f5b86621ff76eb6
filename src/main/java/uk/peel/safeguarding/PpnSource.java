package uk.peel.safeguarding;

/** How a notice came to be raised. */
public enum PpnSource {
    /** Raised by Peel from a safeguarding flag recorded at call taking. */
    INCIDENT_FLAG("From an incident's safeguarding flag"),
    /** Raised by an officer, linked to an incident or on its own. */
    OFFICER("Raised by an officer"),
    /** Raised by Peel from a crime recorded with a flag that implies vulnerability (domestic abuse, child abuse...). */
    CRIME("From a recorded crime's flags"),
    /** Raised by Peel from the safeguarding concern an officer recorded on a stop. */
    STOP("From a stop's safeguarding concern"),
    /** Raised by Peel from a vulnerability warning marker added to a person record. */
    PERSON_RECORD("From a warning marker on a person record");

    private final String label;

    PpnSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.peel.missingperson;

/** Missing; found (the return-home interview still to do); closed. */
public enum MissingStatus {
    MISSING("Missing"), FOUND("Found"), CLOSED("Closed");

    private final String label;

    MissingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

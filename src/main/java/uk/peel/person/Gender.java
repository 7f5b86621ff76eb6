package uk.peel.person;

/** Gender as recorded on the person record (the PNC's codes: M, F, and unknown), with "other" for self-description. */
public enum Gender {
    MALE("Male"), FEMALE("Female"), OTHER("Other"), UNKNOWN("Not known");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

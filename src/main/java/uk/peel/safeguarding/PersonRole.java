package uk.peel.safeguarding;

/** Why a person is named on a notice. */
public enum PersonRole {
    VICTIM("Victim"),
    PERPETRATOR("Person causing harm"),
    CHILD("Child in the household"),
    SUBJECT("Person at risk"),
    REPORTING_PERSON("Reporting person"),
    OTHER("Other");

    private final String label;

    PersonRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

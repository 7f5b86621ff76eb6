package uk.peel.incident;

/**
 * Vulnerability and safeguarding flags a call handler can set. Each one is a promise that safeguarding work will
 * follow: safeguarding raises its public protection notice from them once the incident is saved.
 */
public enum SafeguardingFlag {
    DOMESTIC_ABUSE("Domestic abuse"),
    CHILD_CONCERN("Child concern"),
    ADULT_AT_RISK("Adult at risk"),
    MENTAL_HEALTH("Mental health"),
    HATE("Hate incident"),
    REPEAT_VICTIM("Repeat victim"),
    MISSING_PERSON("Missing person");

    private final String label;

    SafeguardingFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

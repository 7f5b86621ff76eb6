package uk.peel.safeguarding;

/** The victim's answer to one DASH question. Declining is recorded as such, never as "no". */
public enum DashAnswer {
    YES("Yes"), NO("No"), DECLINED("Declined to answer");

    private final String label;

    DashAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

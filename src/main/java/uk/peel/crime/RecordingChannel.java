package uk.peel.crime;

/** How a crime-related report reached the force. Each opens a recording decision with the same 24-hour clock. */
public enum RecordingChannel {
    INCIDENT("Incident (999, 101 or another call)"),
    FRONT_COUNTER("Front counter"),
    ONLINE("Online report"),
    PARTNER_AGENCY("Partner agency"),
    THIRD_PARTY("Third party"),
    OFFICER("Reported directly to an officer");

    private final String label;

    RecordingChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

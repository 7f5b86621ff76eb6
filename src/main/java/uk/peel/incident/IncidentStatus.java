package uk.peel.incident;

/** Where an incident is in its life, derived from its units' attendances and its closure. */
public enum IncidentStatus {
    AWAITING_UNIT("Awaiting unit"),
    ASSIGNED("Unit assigned"),
    AT_SCENE("At scene"),
    AWAITING_CLOSURE("Awaiting closure"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

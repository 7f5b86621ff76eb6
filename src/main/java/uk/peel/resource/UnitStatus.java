package uk.peel.resource;

/** Where a unit is in its work. Only an available unit is recommended for a new incident. */
public enum UnitStatus {
    AVAILABLE("Available", 'A'),
    ASSIGNED("Assigned", 'G'),
    EN_ROUTE("En route", 'E'),
    AT_SCENE("At scene", 'S'),
    UNAVAILABLE("Unavailable", 'U'),
    OFF_DUTY("Off duty", 'O');

    private final String label;
    private final char key;

    UnitStatus(String label, char key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The single key that sets this status on the dispatcher's screen. */
    public char key() {
        return key;
    }

    /** Committed to an incident. */
    public boolean isCommitted() {
        return this == ASSIGNED || this == EN_ROUTE || this == AT_SCENE;
    }
}

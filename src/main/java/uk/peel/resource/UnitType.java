package uk.peel.resource;

/**
 * What kind of unit it is, which decides what it can be sent to and how fast it gets there. The speeds are
 * average straight-line speeds across an urban force area under blue lights, used for estimated arrival times
 * until a routing engine is plugged in.
 */
public enum UnitType {
    RESPONSE("Response", 40),
    NEIGHBOURHOOD("Neighbourhood", 25),
    ROADS_POLICING("Roads policing", 55),
    DOG("Dog", 40),
    ARMED_RESPONSE("Armed response", 50),
    CID("CID", 30),
    PUBLIC_ORDER("Public order", 35),
    FOOT_PATROL("Foot patrol", 5);

    private final String label;
    private final double kilometresPerHour;

    UnitType(String label, double kilometresPerHour) {
        this.label = label;
        this.kilometresPerHour = kilometresPerHour;
    }

    public String label() {
        return label;
    }

    public double kilometresPerHour() {
        return kilometresPerHour;
    }
}

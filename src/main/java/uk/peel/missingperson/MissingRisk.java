package uk.peel.missingperson;

/**
 * The national missing-person risk grades (College of Policing APP), lowest first: no apparent risk (no apparent
 * risk of harm to the person or the public), low, medium (likely to be in danger or a threat to others), high (in
 * immediate danger: an inspector leads, resources are deployed at once).
 */
public enum MissingRisk {
    NO_APPARENT_RISK("No apparent risk"), LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    MissingRisk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.peel.crime.integrity;

/**
 * The groups HMICFRS reports recording rates for, from the Home Office offence category of the crime that should
 * have been recorded.
 */
public enum OffenceGroup {
    VIOLENCE("Violence against the person"),
    SEXUAL_OFFENCES("Sexual offences"),
    OTHER("Other crime");

    private final String label;

    OffenceGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of an offence in the given Home Office category (the notifiable offence list's {@code category}). */
    public static OffenceGroup ofCategory(String category) {
        if (category == null) {
            return OTHER;
        }
        if (category.equalsIgnoreCase("Violence against the person")) {
            return VIOLENCE;
        }
        return category.equalsIgnoreCase("Sexual offences") ? SEXUAL_OFFENCES : OTHER;
    }
}

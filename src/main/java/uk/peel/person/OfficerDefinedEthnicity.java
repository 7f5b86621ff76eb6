package uk.peel.person;

/** The officer's perception of a person's ethnicity (the "IC" codes), recorded separately from self-definition. */
public enum OfficerDefinedEthnicity {
    IC1("White – North European"),
    IC2("White – South European"),
    IC3("Black"),
    IC4("Asian"),
    IC5("Chinese, Japanese or other South East Asian"),
    IC6("Arab or North African"),
    IC9("Not known");

    private final String label;

    OfficerDefinedEthnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

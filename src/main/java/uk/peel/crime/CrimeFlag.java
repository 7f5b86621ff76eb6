package uk.peel.crime;

/** Home Office crime flags: domestic abuse, the five monitored hate-crime strands, and the other national flags. */
public enum CrimeFlag {
    DOMESTIC_ABUSE("Domestic abuse"),
    HATE_RACE("Hate crime: race"),
    HATE_RELIGION("Hate crime: religion or belief"),
    HATE_SEXUAL_ORIENTATION("Hate crime: sexual orientation"),
    HATE_DISABILITY("Hate crime: disability"),
    HATE_TRANSGENDER("Hate crime: transgender identity"),
    ONLINE("Online crime"),
    KNIFE_OR_SHARP_INSTRUMENT("Knife or sharp instrument"),
    FIREARM("Firearm"),
    CORROSIVE_SUBSTANCE("Corrosive substance"),
    CHILD_SEXUAL_ABUSE("Child sexual abuse"),
    CHILD_SEXUAL_EXPLOITATION("Child sexual exploitation"),
    MODERN_SLAVERY("Modern slavery"),
    HONOUR_BASED_ABUSE("Honour-based abuse"),
    SPIKING("Spiking");

    private final String label;

    CrimeFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

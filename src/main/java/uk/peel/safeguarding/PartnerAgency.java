package uk.peel.safeguarding;

/** The partners a notice can be referred to. Each referral is a disclosure of personal data to them. */
public enum PartnerAgency {
    MASH("Multi-agency safeguarding hub (MASH)"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    ADULT_SOCIAL_CARE("Adult social care"),
    IDVA("Independent domestic violence adviser (IDVA) service"),
    MARAC("Multi-agency risk assessment conference (MARAC)"),
    VICTIM_SERVICES("Victim services");

    private final String label;

    PartnerAgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

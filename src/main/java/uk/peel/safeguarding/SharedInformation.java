package uk.peel.safeguarding;

/**
 * What a referral may share with a partner. The officer chooses; the disclosure is logged with the list, so the
 * force can answer exactly what each partner was given.
 */
public enum SharedInformation {
    IDENTITIES("Names, dates of birth and addresses of the people named"),
    CIRCUMSTANCES("What happened: the notice's summary and the incident"),
    RISK_ASSESSMENT("The risk assessment: answers, grade and professional judgement"),
    HISTORY("Earlier notices and incidents involving the same people"),
    CONTACT_DETAILS("How and when the victim can safely be contacted");

    private final String label;

    SharedInformation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

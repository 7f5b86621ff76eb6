package uk.peel.crime;

/**
 * Why a crime-related report is not recorded as a crime. NCRS: a report is recorded when, on the balance of
 * probability, it amounts to a notifiable crime and there is no credible evidence to the contrary; each of these
 * says why that test was not met, and the decision also carries the decision maker's explanation.
 */
public enum NotACrimeReason {
    NO_NOTIFIABLE_OFFENCE("No notifiable offence disclosed (the events are not a crime in law)"),
    CREDIBLE_EVIDENCE_NO_CRIME("Credible evidence that no crime took place"),
    ALREADY_RECORDED("Already recorded as a crime (duplicate or further report)"),
    OTHER_FORCE("Committed in another force's area: referred to that force"),
    OTHER_AUTHORITY("For another authority to record (Action Fraud, British Transport Police...)"),
    THIRD_PARTY_NOT_CONFIRMED("Third-party report the victim cannot be traced to confirm, or does not confirm");

    private final String label;

    NotACrimeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

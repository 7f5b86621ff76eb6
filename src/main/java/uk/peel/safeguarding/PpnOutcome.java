package uk.peel.safeguarding;

import java.util.Set;

/** Why a notice was closed. Each closure also carries the officer's explanation. */
public enum PpnOutcome {
    REFERRED_TO_PARTNERS("Referred to partner agencies; police safeguarding complete"),
    SAFETY_PLAN_IN_PLACE("Safety plan in place"),
    RISK_MANAGED_NO_FURTHER_ACTION("Risk managed; no further police action"),
    SUPPORT_DECLINED("Support offered and declined"),
    TRANSFERRED("Transferred to another force or team"),
    DUPLICATE("Duplicate of another notice");

    /** Outcomes that end a notice without its own work being done, so they may close it before assessment. */
    static final Set<PpnOutcome> ADMINISTRATIVE = Set.of(TRANSFERRED, DUPLICATE);

    private final String label;

    PpnOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

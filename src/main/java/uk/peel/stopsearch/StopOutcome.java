package uk.peel.stopsearch;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the stop ended, in data.police.uk's current outcome categories. Earlier publications used other words for
 * some of them ("Suspect arrested", "Nothing found - no further action"); {@link #fromLabel} reads those too.
 */
public enum StopOutcome {
    NO_FURTHER_ACTION("A no further action disposal", "Nothing found - no further action"),
    ARREST("Arrest", "Suspect arrested"),
    CAUTION("Caution (simple or conditional)", "Offender cautioned"),
    COMMUNITY_RESOLUTION("Community resolution", "Local resolution"),
    KHAT_OR_CANNABIS_WARNING("Khat or Cannabis warning", "Offender given drugs possession warning"),
    PENALTY_NOTICE("Penalty Notice for Disorder", "Offender given penalty notice"),
    SUMMONS("Summons / charged by post", "Suspect summonsed to court");

    private final String label;
    private final String formerly;

    StopOutcome(String label, String formerly) {
        this.label = label;
        this.formerly = formerly;
    }

    public String label() {
        return label;
    }

    public static Optional<StopOutcome> fromLabel(String label) {
        String wanted = label == null ? "" : label.strip();
        return Arrays.stream(values()).filter(o -> o.label.equalsIgnoreCase(wanted) || o.formerly.equalsIgnoreCase(wanted)).findFirst();
    }
}

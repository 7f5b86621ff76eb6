package uk.peel.safeguarding;

import java.util.List;

/**
 * Whether the people on a notice have been here before, from the records: a repeat victim or a repeat perpetrator
 * was named in that role on another notice of a risk-assessed type (domestic abuse) within the repeat window, or
 * (for the victim) the call handler flagged a repeat victim.
 *
 * @param victimNotices how many such notices named the victim, this one included
 */
public record RepeatFlags(boolean repeatVictim, int victimNotices, boolean repeatPerpetrator, int perpetratorNotices,
                          List<String> reasons) {

    public RepeatFlags {
        reasons = List.copyOf(reasons);
    }
}

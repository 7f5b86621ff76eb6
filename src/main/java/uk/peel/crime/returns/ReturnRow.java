package uk.peel.crime.returns;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

import uk.peel.crime.CrimeFlag;

/**
 * One line of the record-level return: a change of one to the count of one Home Office offence code.
 *
 * @param count +1 or -1
 * @param countedMonth the month the crime was counted in (recorded): a cancellation or reclassification made later
 *                     adjusts that month's figure
 * @param changedAt when a reclassification or cancellation was approved; null for a crime recorded
 * @param reasonCode C1-C4 for a cancellation, the counting rules' section B reason for a reclassification
 * @param previousCode the code the crime was counted under before a reclassification
 */
public record ReturnRow(Type type, String crn, String code, String offence, int count, YearMonth countedMonth,
                        Instant recordedAt, Instant committedFrom, Instant committedTo, Set<CrimeFlag> flags,
                        Instant changedAt, String reasonCode, String reason, String previousCode,
                        String localAuthorityCode, String localAuthorityName, String communitySafetyPartnership) {

    public enum Type {
        /** Recorded in the month: counted once under the code it was recorded as. */
        RECORDED,
        /** Reclassified in the month: taken off the count of the old code... */
        RECLASSIFIED_FROM,
        /** ...and added to the count of the new one. */
        RECLASSIFIED_TO,
        /** Cancelled in the month for one of the reasons C1-C4: taken off the count. */
        CANCELLED
    }

    /** Whether this line changes the figure of an earlier month than the return's. */
    public boolean adjustsEarlierMonth(YearMonth month) {
        return countedMonth.isBefore(month);
    }
}

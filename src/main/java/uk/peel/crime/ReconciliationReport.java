package uk.peel.crime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a reconciliation found: how many referrals, decisions and crimes it checked, and every exception, each kind
 * counted in full and listed up to a limit.
 *
 * @param inTransit referrals closed moments ago whose decision is being opened: not yet an exception
 * @param unexplained exceptions that mean a report may have been lost or a crime removed without an allowed,
 *        approved reason; late and overdue decisions are exceptions too, but are visible in the decision queue
 */
public record ReconciliationReport(Instant checkedAt, long referrals, long inTransit, long decisions, long decisionsDue,
                                   long crimes, long crimesCancelled, Map<Kind, Long> counts, List<Finding> findings,
                                   long exceptions, long unexplained, Duration took) {

    public enum Kind {
        INCIDENT_NOT_REFERRED(true, "Incident closed as crime-related with no recording referral"),
        REFERRAL_WITHOUT_DECISION(true, "Referral with no recording decision"),
        RECORDED_WITHOUT_CRIME(true, "Decision recorded, but no crime exists"),
        NOT_A_CRIME_WITHOUT_REASON(true, "Not a crime, without an allowed reason and explanation"),
        CANCELLED_WITHOUT_APPROVAL(true, "Crime cancelled without an approved cancellation"),
        RECLASSIFIED_WITHOUT_APPROVAL(true, "Crime reclassified without an approved reclassification"),
        DECISION_OVERDUE(false, "No decision after 24 hours"),
        DECISION_LATE(false, "Decision made after 24 hours");

        private final boolean unexplained;
        private final String label;

        Kind(boolean unexplained, String label) {
            this.unexplained = unexplained;
            this.label = label;
        }

        public boolean unexplained() {
            return unexplained;
        }

        public String label() {
            return label;
        }
    }

    /** One exception: the report or crime it concerns and what is wrong with it. */
    public record Finding(Kind kind, String reference, String detail) {
    }

    public long count(Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** One line for logs and the command line: {@code crime reconcile referrals=… unexplained=… reconcile_s=…}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "crime reconcile referrals=%d in_transit=%d decisions=%d due=%d crimes=%d cancelled=%d exceptions=%d "
                        + "overdue=%d late=%d unexplained=%d reconcile_s=%.2f",
                referrals, inTransit, decisions, decisionsDue, crimes, crimesCancelled, exceptions,
                count(Kind.DECISION_OVERDUE), count(Kind.DECISION_LATE), unexplained, took.toMillis() / 1000.0);
    }
}

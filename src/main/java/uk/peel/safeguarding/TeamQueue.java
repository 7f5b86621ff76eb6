package uk.peel.safeguarding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One team's queue at a moment: how many notices are open, waiting for what, how old they are, the oldest, and how
 * many have missed a service level. The counts come from one query over the notices, so they are what the
 * database holds, not a cache.
 *
 * @param ageBands open notices by age, in the order of {@link AgeBand}
 * @param breached open notices that have missed their assessment or triage service level
 */
public record TeamQueue(String team, String name, long open, long awaitingAssessment, long awaitingTriage,
                        List<Long> ageBands, long breached, long highRisk, Instant oldestRaisedAt, String oldestReference,
                        long raisedLastDay, long closedLastDay, long openEscalations) {

    public TeamQueue {
        ageBands = List.copyOf(ageBands);
    }

    /** Ages a queue is counted in. */
    public enum AgeBand {
        UNDER_4_HOURS("Under 4 hours", Duration.ZERO),
        UNDER_1_DAY("4 to 24 hours", Duration.ofHours(4)),
        UNDER_3_DAYS("1 to 3 days", Duration.ofDays(1)),
        UNDER_7_DAYS("3 to 7 days", Duration.ofDays(3)),
        OVER_7_DAYS("Over 7 days", Duration.ofDays(7));

        private final String label;
        private final Duration from;

        AgeBand(String label, Duration from) {
            this.label = label;
            this.from = from;
        }

        public String label() {
            return label;
        }

        public Duration from() {
            return from;
        }
    }

    public Duration oldestAge(Instant now) {
        return oldestRaisedAt == null ? Duration.ZERO : Duration.between(oldestRaisedAt, now);
    }
}

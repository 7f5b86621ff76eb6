package uk.peel.missingperson;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.peel.security.Role;

/**
 * The force's missing-person policy ({@code peel.missing-persons}). Defaults, documented in docs/operations.md:
 * reviews every 2 hours at high risk, 6 at medium, 12 at low and 24 at no apparent risk; the return-home interview
 * within 72 hours of the person being found (the statutory guidance for children); a repeat-missing person or a
 * linked location is one with another report in the last 365 days. A review not done by its due time is alerted to
 * the duty inspector at once, and escalated (a second alert, to {@code review-escalate-to}, by default the duty
 * inspector again: Peel has no superintendent role yet) if it is still not done a quarter of the grade's review
 * interval later (30 minutes at high risk), unless {@code review-escalate-after} sets one interval for all grades.
 */
@ConfigurationProperties("peel.missing-persons")
public record MissingPersonPolicy(Map<MissingRisk, Duration> reviewEvery, Duration interviewWithin, Duration repeatWindow,
                                  Role reviewOverdueTo, Duration reviewEscalateAfter, Role reviewEscalateTo) {

    static final Map<MissingRisk, Duration> DEFAULT_REVIEWS = Map.of(MissingRisk.HIGH, Duration.ofHours(2),
            MissingRisk.MEDIUM, Duration.ofHours(6), MissingRisk.LOW, Duration.ofHours(12), MissingRisk.NO_APPARENT_RISK,
            Duration.ofHours(24));

    public MissingPersonPolicy {
        Map<MissingRisk, Duration> complete = new EnumMap<>(DEFAULT_REVIEWS);
        if (reviewEvery != null) {
            complete.putAll(reviewEvery);
        }
        reviewEvery = Map.copyOf(complete);
        interviewWithin = interviewWithin == null ? Duration.ofHours(72) : interviewWithin;
        repeatWindow = repeatWindow == null ? Duration.ofDays(365) : repeatWindow;
        reviewOverdueTo = reviewOverdueTo == null ? Role.DUTY_INSPECTOR : reviewOverdueTo;
        reviewEscalateTo = reviewEscalateTo == null ? Role.DUTY_INSPECTOR : reviewEscalateTo;
        if (reviewEscalateAfter != null && (reviewEscalateAfter.isNegative() || reviewEscalateAfter.isZero())) {
            throw new IllegalArgumentException("peel.missing-persons.review-escalate-after must be longer than zero, not " + reviewEscalateAfter);
        }
    }

    /** How long after a missed review, still not done, it is escalated. */
    public Duration escalateAfter(MissingRisk risk) {
        return reviewEscalateAfter != null ? reviewEscalateAfter : reviewEvery(risk).dividedBy(4);
    }

    public Duration reviewEvery(MissingRisk risk) {
        return reviewEvery.get(risk);
    }
}

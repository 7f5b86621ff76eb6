package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SafeguardingYearTest {

    private static final Instant END = Instant.parse("2026-11-24T12:00:00Z");
    /** A week at a large force's rate (100,000 notices a year), as the quick run uses. */
    private static final Duration WEEK = Duration.ofDays(7);
    private static final List<SafeguardingYear.Notice> DEMAND = SafeguardingYear.demand(1_150, 770, END, WEEK, 42);

    @Test
    void theDemandHasTheIssuesSharesAndEveryDomesticAbuseNoticeIsAssessedWithinItsServiceLevel() {
        assertThat(DEMAND).hasSize(1_920);
        assertThat(DEMAND).filteredOn(SafeguardingYear.Notice::domesticAbuse).hasSize(1_150)
                .allSatisfy(n -> assertThat(n.assessedAt() == null || !n.assessedAt().isAfter(n.assessmentDueAt())).isTrue());
        assertThat(DEMAND).allSatisfy(n -> assertThat(n.raisedAt()).isBetween(END.minus(WEEK), END));
        assertThat(SafeguardingYear.demand(1_150, 770, END, WEEK, 42)).isEqualTo(DEMAND);
    }

    @Test
    void withEnoughCapacityNothingBreaches() {
        SafeguardingYear.Result year = SafeguardingYear.work(DEMAND, capacity(2.0), END, WEEK, 1);

        assertThat(year.breaches()).isZero();
        assertThat(year.firstBreachHours()).isEqualTo(-1);
        assertThat(year.notices()).filteredOn(n -> n.triagedAt() == null)
                .allSatisfy(n -> assertThat(n.triageDueAt()).as("everything waiting is still in time").isAfter(END));
    }

    @Test
    void withTooLittleCapacityBreachesBeginWithinDaysAndGrowWithTheBacklog() {
        SafeguardingYear.Result tenPercentShort = SafeguardingYear.work(DEMAND, capacity(0.9), END, WEEK, 1);
        SafeguardingYear.Result halfShort = SafeguardingYear.work(DEMAND, capacity(0.5), END, WEEK, 1);

        assertThat(tenPercentShort.firstBreachHours()).isBetween(0.0, 7 * 24.0);
        assertThat(tenPercentShort.breachesByTwelfth()[11]).as("still breaching at the end").isGreaterThan(0);
        assertThat(halfShort.firstBreachHours()).as("half the capacity breaches within two days").isBetween(0.0, 48.0);
        assertThat(halfShort.breaches()).isGreaterThan(tenPercentShort.breaches());
        assertThat(halfShort.breachesByTwelfth()[11]).isGreaterThan(halfShort.breachesByTwelfth()[1]);
        assertThat(halfShort.untriagedAtEnd()).isGreaterThan(tenPercentShort.untriagedAtEnd());
    }

    @Test
    void aTriagedNoticeIsNeverTriagedBeforeItIsReady() {
        SafeguardingYear.Result year = SafeguardingYear.work(DEMAND, capacity(1.5), END, WEEK, 1);

        assertThat(year.notices()).filteredOn(n -> n.triagedAt() != null)
                .allSatisfy(n -> assertThat(n.triagedAt()).isAfterOrEqualTo(n.readyAt()));
        assertThat(year.notices()).filteredOn(n -> n.closedAt() != null)
                .allSatisfy(n -> assertThat(n.closedAt()).isAfter(n.triagedAt()).isBeforeOrEqualTo(END));
    }

    private static Map<String, Integer> capacity(double factor) {
        return Map.of("DAU", (int) Math.ceil(SafeguardingYear.dailyDemand(DEMAND, "DAU", WEEK) * factor),
                "MASH", (int) Math.ceil(SafeguardingYear.dailyDemand(DEMAND, "MASH", WEEK) * factor));
    }
}

package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void ranksFromOneAndZeroWhenNotReturned() {
        List<String> ids = List.of("a", "b", "c");

        assertThat(Scorecard.rankOf("a", ids)).isEqualTo(1);
        assertThat(Scorecard.rankOf("c", ids)).isEqualTo(3);
        assertThat(Scorecard.rankOf("z", ids)).isEqualTo(Scorecard.NOT_FOUND);
        assertThat(Scorecard.rankOf("a", List.of())).isEqualTo(Scorecard.NOT_FOUND);
    }

    @Test
    void recallAtKCountsQueriesWhoseTrueRecordCameWithinTheFirstK() {
        Scorecard card = new Scorecard();
        card.record("p1", 1, 0);
        card.record("p2", 2, 0);
        card.record("p3", 10, 0);
        card.record("p4", 11, 0);
        card.record("p5", Scorecard.NOT_FOUND, 0);

        assertThat(card.queries()).isEqualTo(5);
        assertThat(card.recallAt(1)).isEqualTo(0.2);
        assertThat(card.recallAt(2)).isEqualTo(0.4);
        assertThat(card.recallAt(10)).isEqualTo(0.6);
        assertThat(card.recallAt(100)).isEqualTo(0.8);
    }

    @Test
    void recallOverSomePeopleIgnoresTheOthersAndPeopleNeverAskedFor() {
        Scorecard card = new Scorecard();
        card.record("p1", 1, 0);
        card.record("p2", 3, 0);
        card.record("p3", Scorecard.NOT_FOUND, 0);

        assertThat(card.recallAt(1, List.of("p1", "p2"))).isEqualTo(0.5);
        assertThat(card.recallAt(10, List.of("p2", "p3", "never-asked"))).isEqualTo(0.5);
        assertThat(card.recallAt(1, List.of("never-asked"))).isNaN();
    }

    @Test
    void averagesLatencyAndTakesNearestRankPercentiles() {
        Scorecard card = new Scorecard();
        for (int i = 1; i <= 100; i++) {
            card.record("p" + i, 1, i * 1_000_000L);
        }

        assertThat(card.meanMillis()).isCloseTo(50.5, within(1e-9));
        assertThat(card.percentileMillis(95)).isEqualTo(95.0);
        assertThat(card.percentileMillis(100)).isEqualTo(100.0);
        assertThat(new Scorecard().meanMillis()).isNaN();
    }

    @Test
    void refusesNonsense() {
        Scorecard card = new Scorecard();
        card.record("p1", 1, 0);

        assertThatThrownBy(() -> card.record("p1", 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> card.record("p2", -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> card.recallAt(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package uk.peel.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IncidentClockTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T22:00:00Z");
    private static final GradingScheme SCHEME = new GradingScheme(List.of());
    private static final GradingScheme.Grade GRADE_1 = SCHEME.find("1").orElseThrow();

    private static Incident incident() {
        return Incident.open("20261124-00001", new CallReport(CREATED.minusSeconds(40), null, null, "CRIME_BURGLARY", "1",
                null, Set.of(), null, null), "1", CREATED, "handler");
    }

    @Test
    void theDefaultSchemeIsGreaterManchesters() {
        assertThat(SCHEME.grades()).extracting(GradingScheme.Grade::code).containsExactly("1", "2", "3", "4");
        assertThat(GRADE_1.attendWithin()).isEqualTo(Duration.ofMinutes(15));
        assertThat(SCHEME.find("2").orElseThrow().escalateUnassignedAfter()).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void attendanceWithinFifteenMinutesMeetsTheGradeOneTarget() {
        Incident attended = incident().assign("MP11", CREATED.plusSeconds(30)).arrived("MP11", CREATED.plus(Duration.ofMinutes(14)));

        IncidentClock clock = attended.clockAt(CREATED.plus(Duration.ofMinutes(30)), GRADE_1);

        assertThat(clock.attended()).isTrue();
        assertThat(clock.attendanceBreached()).isFalse();
        assertThat(clock.escalateUnassigned()).isFalse();
        assertThat(attended.callToCreate()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void arrivingAfterFifteenMinutesIsABreachEvenOnceAttended() {
        Incident late = incident().assign("MP11", CREATED.plusSeconds(30)).arrived("MP11", CREATED.plus(Duration.ofMinutes(16)));

        assertThat(late.clockAt(CREATED.plus(Duration.ofMinutes(20)), GRADE_1).attendanceBreached()).isTrue();
    }

    @Test
    void nobodyThereAfterFifteenMinutesIsABreachAndTheTimeLeftIsNegative() {
        Incident waiting = incident();
        Instant now = CREATED.plus(Duration.ofMinutes(16));

        IncidentClock clock = waiting.clockAt(now, GRADE_1);

        assertThat(clock.attendanceBreached()).isTrue();
        assertThat(clock.escalateUnassigned()).isTrue();
        assertThat(clock.remaining(now)).contains(Duration.ofMinutes(-1));
    }

    @Test
    void statusFollowsTheUnits() {
        Incident incident = incident();
        assertThat(incident.status()).isEqualTo(IncidentStatus.AWAITING_UNIT);
        Incident assigned = incident.assign("MP11", CREATED.plusSeconds(10));
        assertThat(assigned.status()).isEqualTo(IncidentStatus.ASSIGNED);
        Incident atScene = assigned.arrived("MP11", CREATED.plusSeconds(300));
        assertThat(atScene.status()).isEqualTo(IncidentStatus.AT_SCENE);
        assertThat(atScene.cleared("MP11", CREATED.plusSeconds(900)).status()).isEqualTo(IncidentStatus.AWAITING_CLOSURE);
        assertThat(atScene.close(new Closure("CRIME_BURGLARY", List.of(), "arrested", true, CREATED.plusSeconds(1000), "d"))
                .status()).isEqualTo(IncidentStatus.CLOSED);
    }

    @Test
    void aClosedIncidentRefusesFurtherChanges() {
        Incident closed = incident().close(new Closure("PS_HOAX", List.of(), "hoax", false, CREATED.plusSeconds(60), "d"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> closed.assign("MP11", CREATED.plusSeconds(70)))
                .isInstanceOf(IllegalIncidentChangeException.class).hasMessageContaining("closed");
    }
}

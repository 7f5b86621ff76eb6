package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusyDayTest {

    private static final BusyDay.Day ISSUE_DAY = BusyDay.draw(BusyDay.Shape.of(2_000, 400, 8, 42), 30, 0);

    @Test
    void theIssuesDayHasTwoThousandIncidentsAndAboutTwentyThousandStatusUpdates() {
        assertThat(ISSUE_DAY.calls()).hasSize(2_000);
        assertThat(ISSUE_DAY.count(BusyDay.Kind.CREATE)).isEqualTo(2_000);
        assertThat(ISSUE_DAY.count(BusyDay.Kind.CLOSE)).isEqualTo(2_000);
        assertThat(ISSUE_DAY.updates()).isBetween(19_000L, 21_500L);
        assertThat(ISSUE_DAY.count(BusyDay.Kind.POSITION)).isGreaterThan(ISSUE_DAY.count(BusyDay.Kind.ASSIGN) * 4);
        assertThat(ISSUE_DAY.clients()).hasSize(8).allSatisfy(steps -> assertThat(steps).isNotEmpty());
    }

    @Test
    void eachIncidentIsWorkedByOneClientFromCreationToClosure() {
        Map<Integer, Integer> clientOf = new HashMap<>();
        for (int c = 0; c < ISSUE_DAY.clients().size(); c++) {
            Set<Integer> created = new HashSet<>();
            Set<Integer> closed = new HashSet<>();
            for (BusyDay.Step step : ISSUE_DAY.clients().get(c)) {
                assertThat(clientOf.putIfAbsent(step.incident(), c)).isIn(null, c);
                if (step.kind() == BusyDay.Kind.CREATE) {
                    assertThat(created.add(step.incident())).isTrue();
                } else {
                    assertThat(created).as("%s follows its incident's creation", step).contains(step.incident());
                    assertThat(closed).as("%s precedes its incident's closure", step).doesNotContain(step.incident());
                }
                if (step.kind() == BusyDay.Kind.CLOSE) {
                    closed.add(step.incident());
                }
            }
            assertThat(closed).isEqualTo(created);
        }
        assertThat(clientOf).hasSize(2_000);
    }

    @Test
    void aUnitIsSentOnlyByItsOwnClientAndOnlyOnceItsLastIncidentIsClosed() {
        Map<String, Integer> owner = new HashMap<>();
        for (int c = 0; c < ISSUE_DAY.clients().size(); c++) {
            Map<String, Integer> busyOn = new HashMap<>();
            Map<Integer, List<String>> unitsOf = new HashMap<>();
            for (BusyDay.Step step : ISSUE_DAY.clients().get(c)) {
                if (step.unit() != null) {
                    assertThat(owner.putIfAbsent(step.unit(), c)).isIn(null, c);
                }
                if (step.kind() == BusyDay.Kind.ASSIGN) {
                    assertThat(busyOn.get(step.unit())).as("%s is free when assigned", step.unit()).isNull();
                    busyOn.put(step.unit(), step.incident());
                    unitsOf.computeIfAbsent(step.incident(), k -> new java.util.ArrayList<>()).add(step.unit());
                } else if (step.unit() != null) {
                    assertThat(busyOn.get(step.unit())).as("%s moves on its own incident", step).isEqualTo(step.incident());
                }
                if (step.kind() == BusyDay.Kind.CLOSE) {
                    unitsOf.getOrDefault(step.incident(), List.of()).forEach(busyOn::remove);
                }
            }
        }
        assertThat(owner.keySet()).isSubsetOf(BusyDay.callSigns(400));
    }

    @Test
    void anIncidentsStepsFollowTheJourneyToTheSceneAndGradeFourSendsNobody() {
        Map<Integer, List<BusyDay.Kind>> journeys = new HashMap<>();
        ISSUE_DAY.clients().forEach(steps -> steps.forEach(step ->
                journeys.computeIfAbsent(step.incident(), k -> new java.util.ArrayList<>()).add(step.kind())));
        for (BusyDay.Call call : ISSUE_DAY.calls()) {
            List<BusyDay.Kind> journey = journeys.get(call.number());
            assertThat(journey.getFirst()).isEqualTo(BusyDay.Kind.CREATE);
            assertThat(journey.getLast()).isEqualTo(BusyDay.Kind.CLOSE);
            if (call.grade().equals("4")) {
                assertThat(journey).containsExactly(BusyDay.Kind.CREATE, BusyDay.Kind.CLOSE);
            } else {
                assertThat(journey.subList(1, 4)).containsExactly(BusyDay.Kind.ASSIGN, BusyDay.Kind.EN_ROUTE, BusyDay.Kind.POSITION);
                assertThat(journey).contains(BusyDay.Kind.AT_SCENE);
            }
        }
        assertThat(ISSUE_DAY.calls()).extracting(BusyDay.Call::grade).contains("1", "2", "3", "4");
    }

    @Test
    void theSameSeedDrawsTheSameDayAndIncidentsAreNumberedFromTheFirstGiven() {
        BusyDay.Day again = BusyDay.draw(BusyDay.Shape.of(2_000, 400, 8, 42), 30, 0);
        BusyDay.Day later = BusyDay.draw(BusyDay.Shape.of(100, 20, 3, 42), 30, 300_000);

        assertThat(again).isEqualTo(ISSUE_DAY);
        assertThat(later.calls()).extracting(BusyDay.Call::number).startsWith(300_000).hasSize(100);
        assertThat(later.calls().getLast().number()).isEqualTo(300_099);
        assertThat(later.clients()).hasSize(3);
    }

    @Test
    void refusesADayWithoutAUnitForEachClient() {
        assertThatThrownBy(() -> BusyDay.Shape.of(10, 2, 4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusyDay.draw(BusyDay.Shape.of(10, 4, 4, 1), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

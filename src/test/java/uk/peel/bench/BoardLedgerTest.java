package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BoardLedgerTest {

    private static final Instant START = Instant.parse("2026-11-24T21:00:00Z");

    @Test
    void everyBoardShouldReceiveEachChangeOfEachRowAndWhatItDidNotIsMissing() {
        BoardLedger ledger = new BoardLedger(2, START);
        ledger.expect("incident:a");
        ledger.expect("incident:a");
        ledger.expect("unit:BD001");

        ledger.received(0, "incident:a", START.plusMillis(10), START.plusMillis(30));
        ledger.received(0, "incident:a", START.plusMillis(20), START.plusMillis(60));
        ledger.received(0, "unit:BD001", START.plusMillis(20), START.plusMillis(70));
        ledger.received(1, "incident:a", START.plusMillis(10), START.plusMillis(40));
        assertThat(ledger.complete()).isFalse();

        BoardLedger.Result result = ledger.result();
        assertThat(result.expected()).isEqualTo(6);
        assertThat(result.received()).isEqualTo(4);
        assertThat(result.missing()).isEqualTo(2);
        assertThat(result.missingByKind()).isEqualTo(Map.of("incident", 1L, "unit", 1L));
        assertThat(result.errors()).isEqualTo(2);
        assertThat(result.delays().count()).isEqualTo(4);
        assertThat(result.delays().p50()).isEqualTo(30.0);
        assertThat(result.delays().max()).isEqualTo(50.0);
    }

    @Test
    void anExtraEventOfOneRowDoesNotMakeUpForAMissingEventOfAnother() {
        BoardLedger ledger = new BoardLedger(1, START);
        ledger.expect("incident:a");
        ledger.expect("unit:BD001");

        ledger.received(0, "incident:a", START, START);
        ledger.received(0, "incident:a", START, START);
        ledger.received(0, "alert:a", START, START);

        BoardLedger.Result result = ledger.result();
        assertThat(result.missing()).isEqualTo(1);
        assertThat(result.extra()).isEqualTo(2);
    }

    @Test
    void eventsOfChangesMadeBeforeTheRunBeganAreNotCounted() {
        BoardLedger ledger = new BoardLedger(1, START);
        ledger.expect("unit:BD001");

        ledger.received(0, "unit:BD001", START.minusMillis(1), START.plusSeconds(5));
        assertThat(ledger.complete()).isFalse();
        ledger.received(0, "unit:BD001", START.plusMillis(1), START.plusMillis(3));

        assertThat(ledger.complete()).isTrue();
        assertThat(ledger.result().delays().max()).isEqualTo(2.0);
        assertThat(ledger.result().errors()).isZero();
    }

    @Test
    void aBoardCutOffIsAnErrorOfItsOwn() {
        BoardLedger ledger = new BoardLedger(3, START);
        ledger.disconnected(1);

        assertThat(ledger.result().disconnected()).isEqualTo(1);
        assertThat(ledger.result().errors()).isEqualTo(1);
    }

    @Test
    void readsTheRowAndTimeOfEachKindOfBoardEvent() {
        assertThat(BoardStreams.parse("incident", "{\"type\":\"incident\",\"at\":\"2026-11-24T21:00:00.123456Z\","
                + "\"id\":\"6f1c\",\"reference\":\"20261124-00001\",\"incidentId\":\"x\"}"))
                .isEqualTo(new BoardStreams.Event("incident:6f1c", Instant.parse("2026-11-24T21:00:00.123456Z")));
        assertThat(BoardStreams.parse("unit", "{\"type\":\"unit\",\"at\":\"2026-11-24T21:00:01Z\",\"callSign\":\"BD007\","
                + "\"incidentId\":\"6f1c\"}")).isEqualTo(new BoardStreams.Event("unit:BD007", Instant.parse("2026-11-24T21:00:01Z")));
        assertThat(BoardStreams.parse("alert", "{\"type\":\"alert\",\"at\":\"2026-11-24T21:00:02Z\",\"incidentId\":\"6f1c\"}"))
                .isEqualTo(new BoardStreams.Event("alert:6f1c", Instant.parse("2026-11-24T21:00:02Z")));
        assertThat(BoardStreams.parse("heartbeat", "{\"type\":\"heartbeat\",\"at\":\"2026-11-24T21:00:02Z\"}")).isNull();
        assertThat(BoardStreams.parse("unit", "{\"type\":\"unit\"}")).isNull();
    }
}

package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ControlRoomReportTest {

    private static final ControlRoomLoad.Options QUICK = ControlRoomLoad.defaults(true);

    private static Latencies.Summary ms(double p50, double p95, double p99) {
        return new Latencies.Summary(1_000, 0, p50, p50, p95, p99, p99 + 1, 10);
    }

    private static ControlRoomLoad.Run run(String name, double createP99, double delayP99, int httpErrors, long missing,
                                           Latencies.Summary search) {
        DayRun.Result day = new DayRun.Result(ms(20, 50, createP99), ms(10, 30, 60), 2_000, httpErrors, 0, null, 20);
        BoardLedger.Result boards = new BoardLedger.Result(50, 100_000, 100_000 - missing, missing,
                missing == 0 ? Map.of() : Map.of("unit", missing), 0, 0, ms(40, 200, delayP99));
        return new ControlRoomLoad.Run(name, day, boards, search, null, 1.5);
    }

    @Test
    void theSummaryLineCarriesTheFiguresTheAcceptanceTestsRead() {
        String summary = ControlRoomReport.summary(QUICK, run("alone", 80, 300, 0, 0, null),
                run("with-search", 95.04, 420, 0, 0, ms(100, 200, 300)), null, 1.24);

        assertThat(summary).startsWith("control-room quick=true ").contains(" create_p99_ms=95.0 ", " board_delay_p99_ms=420.0 ",
                " errors=0 ", " alone_create_p99_ms=80.0 ", " throughput_req_s=100.0 ", " crash_checked=false lost=- ",
                " targets_met=yes ", " pace=flat-out ").endsWith(" load=1.2");
        assertThat(summary).doesNotContain("\n");
    }

    @Test
    void errorsCountFailedRequestsMissingBoardEventsAndLostChangesOfEveryRun() {
        ControlRoomLoad.Crash crash = new ControlRoomLoad.Crash(900, 100, 80, 300, List.of("incident x is missing"), 40);

        String summary = ControlRoomReport.summary(ControlRoomLoad.defaults(false), run("alone", 80, 300, 2, 0, null),
                run("with-search", 90, 400, 0, 7, ms(100, 200, 300)), crash, 3);

        assertThat(summary).contains(" errors=10 ", " crash_checked=true lost=1 ", " targets_met=no ", "quick=false");
    }

    @Test
    void aTargetMissedInEitherRunIsNotMet() {
        assertThat(ControlRoomReport.summary(QUICK, run("alone", 101, 300, 0, 0, null), run("with-search", 90, 400, 0, 0, null),
                null, 1)).contains(" targets_met=no ");
        assertThat(ControlRoomReport.summary(QUICK, run("alone", 50, 1_000.5, 0, 0, null), run("with-search", 90, 400, 0, 0, null),
                null, 1)).contains(" targets_met=no ");
    }

    @Test
    void eachRunLineNamesItsMissingEventsByKindAndTheRatiosCompareWithSearchToAlone() {
        ControlRoomLoad.Run alone = run("alone", 50, 200, 0, 0, null);
        ControlRoomLoad.Run withSearch = run("with-search", 100, 500, 0, 3, ms(120, 300, 400));

        assertThat(ControlRoomReport.runLine(QUICK, withSearch)).startsWith("control-room run=with-search ")
                .contains(" missing_events=3 ", " missing_unit_events=3 ", " search_p99_ms=400.0 ", " errors=3 ");
        assertThat(ControlRoomReport.ratios(alone, withSearch)).contains(" create_p99=2.00 ", " board_delay_p99=2.50 ",
                " throughput=1.00");
    }

    @Test
    void millisecondsToOneDecimalAndADashForNoMeasurement() {
        assertThat(ControlRoomReport.ms(12.345)).isEqualTo("12.3");
        assertThat(ControlRoomReport.ms(Double.NaN)).isEqualTo("-");
    }
}

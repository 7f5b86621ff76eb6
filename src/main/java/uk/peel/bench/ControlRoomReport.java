package uk.peel.bench;

import java.util.Locale;

/**
 * The control-room benchmark's output lines, {@code key=value} so scripts and acceptance tests can read them: one
 * per run, the ratios of the run with person searches to the run without, and the summary line that ends the
 * output. Times are in milliseconds.
 */
final class ControlRoomReport {

    /** The targets. */
    static final double CREATE_P99_TARGET_MS = 100;
    static final double BOARD_DELAY_P99_TARGET_MS = 1_000;

    private ControlRoomReport() {
    }

    static String runLine(ControlRoomLoad.Options options, ControlRoomLoad.Run run) {
        DayRun.Result day = run.day();
        BoardLedger.Result boards = run.boards();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "control-room run=%s incidents=%d requests=%d clients=%d units=%d boards=%d create_p50_ms=%s create_p95_ms=%s "
                        + "create_p99_ms=%s create_max_ms=%s update_p50_ms=%s update_p95_ms=%s update_p99_ms=%s "
                        + "throughput_req_s=%.1f incidents_per_s=%.2f seconds=%.1f board_events=%d board_delay_p50_ms=%s "
                        + "board_delay_p95_ms=%s board_delay_p99_ms=%s board_delay_max_ms=%s missing_events=%d extra_events=%d "
                        + "disconnected_boards=%d http_errors=%d skipped=%d pace=%s",
                run.name(), day.create().count(), day.acknowledged(), options.clients(), options.units(), boards.boards(),
                ms(day.create().p50()), ms(day.create().p95()), ms(day.create().p99()), ms(day.create().max()),
                ms(day.updates().p50()), ms(day.updates().p95()), ms(day.updates().p99()), day.throughput(),
                day.seconds() > 0 ? day.create().count() / day.seconds() : 0, day.seconds(), boards.received(),
                ms(boards.delays().p50()), ms(boards.delays().p95()), ms(boards.delays().p99()), ms(boards.delays().max()),
                boards.missing(), boards.extra(), boards.disconnected(), day.errors(), day.skipped(), pace(options)));
        boards.missingByKind().forEach((kind, count) -> line.append(" missing_").append(kind).append("_events=").append(count));
        if (run.search() != null) {
            line.append(String.format(Locale.ROOT, " search_clients=%d search_persons=%d search_p50_ms=%s search_p99_ms=%s "
                            + "search_qps=%.1f search_errors=%d", options.searchClients(), options.persons(),
                    ms(run.search().p50()), ms(run.search().p99()), run.search().qps(), run.search().errors()));
        }
        line.append(String.format(Locale.ROOT, " errors=%d load=%.1f", run.errors(), run.load()));
        return line.toString();
    }

    /** How much the person searches slowed the control room: each figure with searches over the figure without. */
    static String ratios(ControlRoomLoad.Run alone, ControlRoomLoad.Run withSearch) {
        return String.format(Locale.ROOT, "control-room ratios with-search/alone create_p50=%.2f create_p95=%.2f "
                        + "create_p99=%.2f update_p99=%.2f board_delay_p50=%.2f board_delay_p99=%.2f throughput=%.2f",
                ratio(withSearch.day().create().p50(), alone.day().create().p50()),
                ratio(withSearch.day().create().p95(), alone.day().create().p95()),
                ratio(withSearch.day().create().p99(), alone.day().create().p99()),
                ratio(withSearch.day().updates().p99(), alone.day().updates().p99()),
                ratio(withSearch.boards().delays().p50(), alone.boards().delays().p50()),
                ratio(withSearch.boards().delays().p99(), alone.boards().delays().p99()),
                ratio(withSearch.day().throughput(), alone.day().throughput()));
    }

    /**
     * The line the output ends with. The headline figures are the run with person searches alongside (the issue's
     * condition); the run without them follows with {@code alone_}. {@code errors} counts, over both runs, failed
     * requests, steps skipped after one, board events never received and boards cut off, plus every acknowledged
     * change found missing after the crash.
     */
    static String summary(ControlRoomLoad.Options options, ControlRoomLoad.Run alone, ControlRoomLoad.Run withSearch,
                          ControlRoomLoad.Crash crash, double load) {
        long lost = crash == null ? 0 : crash.lost().size();
        long errors = alone.errors() + withSearch.errors() + lost;
        double createP99 = Math.max(withSearch.day().create().p99(), alone.day().create().p99());
        double delayP99 = Math.max(withSearch.boards().delays().p99(), alone.boards().delays().p99());
        boolean met = createP99 <= CREATE_P99_TARGET_MS && delayP99 <= BOARD_DELAY_P99_TARGET_MS && errors == 0;
        return String.format(Locale.ROOT, "control-room quick=%s incidents=%d create_p50_ms=%s create_p95_ms=%s "
                        + "create_p99_ms=%s board_delay_p99_ms=%s throughput_req_s=%.1f errors=%d crash_checked=%s lost=%s "
                        + "alone_create_p99_ms=%s alone_board_delay_p99_ms=%s alone_throughput_req_s=%.1f targets_met=%s pace=%s load=%.1f",
                options.quick(), options.incidents(), ms(withSearch.day().create().p50()),
                ms(withSearch.day().create().p95()), ms(withSearch.day().create().p99()),
                ms(withSearch.boards().delays().p99()), withSearch.day().throughput(), errors, crash != null,
                crash == null ? "-" : Long.toString(lost), ms(alone.day().create().p99()),
                ms(alone.boards().delays().p99()), alone.day().throughput(), met ? "yes" : "no", pace(options), load);
    }

    /** {@code flat-out}, or how many busy-day hours were replayed an hour. */
    static String pace(ControlRoomLoad.Options options) {
        return options.paced() ? String.format(Locale.ROOT, "%.4gx", options.pace()) : "flat-out";
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }
}

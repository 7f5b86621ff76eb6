package uk.peel.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the open boards should have been pushed during one run, and what each received, with how late.
 *
 * <p>Each acknowledged change says which board rows it changes ({@code incident:ID}, {@code unit:CALLSIGN},
 * {@code alert:ID}), and every board should receive one event per change of a row. Boards are compared with that
 * by counts per row, because the server pushes a row's state after commit rather than a numbered change; an event
 * a board never received is <em>missing</em>, counted as an error. Extra events (the escalation sweep raising an
 * alert, say) are counted apart and do not hide a missing one of another row. A board's delay for an event is when
 * it read the event less the event's {@code at} (when the change was made, by the server's clock: the benchmark
 * runs on the same machine), so it includes the commit and the push.
 *
 * <p>Events made before {@code since} (an earlier run's, still arriving) are ignored.
 */
final class BoardLedger {

    private final Instant since;
    private final Map<String, AtomicInteger> expected = new ConcurrentHashMap<>();
    private final List<Board> boards = new ArrayList<>();

    BoardLedger(int boards, Instant since) {
        this.since = since;
        for (int i = 0; i < boards; i++) {
            this.boards.add(new Board());
        }
    }

    /** One more change of {@code row} that every board should be pushed. */
    void expect(String row) {
        expected.computeIfAbsent(row, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Board {@code board} read an event about {@code row}, made at {@code at}, at {@code readAt}. */
    void received(int board, String row, Instant at, Instant readAt) {
        if (at.isBefore(since)) {
            return;
        }
        boards.get(board).received(row, Duration.between(at, readAt).toNanos());
    }

    /** Board {@code board}'s stream ended while it should have been open. */
    void disconnected(int board) {
        boards.get(board).disconnected = true;
    }

    /** Whether every board has had at least the events expected of every row so far. */
    boolean complete() {
        return boards.stream().allMatch(board -> missing(board) == 0);
    }

    /** The totals over all boards: delays summarised in milliseconds. */
    Result result() {
        long expectedPerBoard = expected.values().stream().mapToLong(AtomicInteger::get).sum();
        long received = 0;
        long missing = 0;
        long extra = 0;
        java.util.TreeMap<String, Long> missingByKind = new java.util.TreeMap<>();
        int disconnected = 0;
        List<long[]> delays = new ArrayList<>();
        int count = 0;
        for (Board board : boards) {
            synchronized (board) {
                received += board.count;
                delays.add(java.util.Arrays.copyOf(board.delays, board.count));
                count += board.count;
            }
            missing += missing(board);
            for (Map.Entry<String, AtomicInteger> row : expected.entrySet()) {
                AtomicInteger got = board.rows.get(row.getKey());
                long short_ = row.getValue().get() - (got == null ? 0 : got.get());
                if (short_ > 0) {
                    missingByKind.merge(row.getKey().substring(0, row.getKey().indexOf(':')), short_, Long::sum);
                }
            }
            extra += extra(board);
            disconnected += board.disconnected ? 1 : 0;
        }
        long[] all = new long[count];
        int at = 0;
        for (long[] d : delays) {
            System.arraycopy(d, 0, all, at, d.length);
            at += d.length;
        }
        return new Result(boards.size(), expectedPerBoard * boards.size(), received, missing, Map.copyOf(missingByKind),
                extra, disconnected, Latencies.summarise(all, 0, 0));
    }

    /**
     * @param expected events every board should have had, summed over the boards
     * @param missingByKind missing events by the kind of row (incident, unit, alert)
     * @param delays when each received event arrived after its change (the clocks are the same machine's)
     */
    record Result(int boards, long expected, long received, long missing, Map<String, Long> missingByKind, long extra,
                  int disconnected, Latencies.Summary delays) {

        /** Missing events and boards that were cut off: each is a change some controller did not see. */
        long errors() {
            return missing + disconnected;
        }
    }

    private long missing(Board board) {
        long missing = 0;
        for (Map.Entry<String, AtomicInteger> row : expected.entrySet()) {
            AtomicInteger got = board.rows.get(row.getKey());
            missing += Math.max(0, row.getValue().get() - (got == null ? 0 : got.get()));
        }
        return missing;
    }

    private long extra(Board board) {
        long extra = 0;
        for (Map.Entry<String, AtomicInteger> row : board.rows.entrySet()) {
            AtomicInteger wanted = expected.get(row.getKey());
            extra += Math.max(0, row.getValue().get() - (wanted == null ? 0 : wanted.get()));
        }
        return extra;
    }

    private static final class Board {
        private final Map<String, AtomicInteger> rows = new ConcurrentHashMap<>();
        private long[] delays = new long[1024];
        private int count;
        private volatile boolean disconnected;

        void received(String row, long delayNanos) {
            rows.computeIfAbsent(row, k -> new AtomicInteger()).incrementAndGet();
            synchronized (this) {
                if (count == delays.length) {
                    delays = java.util.Arrays.copyOf(delays, count * 2);
                }
                delays[count++] = delayNanos;
            }
        }
    }
}

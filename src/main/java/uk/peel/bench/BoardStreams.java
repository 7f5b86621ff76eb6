package uk.peel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Open live boards: each a {@code GET /control-room/events} server-sent event stream read on its own virtual
 * thread, as a controller's browser holds it, handing every {@code incident}, {@code unit} and {@code alert} event
 * to the current {@link BoardLedger} with the moment it was read. The boards sign in as the web pages do (HTTP
 * Basic is accepted there; bearer tokens are for the API only), once per stream.
 */
final class BoardStreams implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicReference<BoardLedger> ledger = new AtomicReference<>();
    private final List<Stream<String>> streams = new ArrayList<>();
    private final java.util.Set<Integer> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /** Opens {@code boards} streams and waits until each has been answered (its first event, "hello", read). */
    BoardStreams(URI events, String authorization, int boards) throws IOException, InterruptedException {
        List<java.util.concurrent.CountDownLatch> opened = new ArrayList<>();
        for (int b = 0; b < boards; b++) {
            HttpRequest request = HttpRequest.newBuilder(events).header("Authorization", authorization)
                    .header("Accept", "text/event-stream").GET().build();
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IOException("board " + b + ": " + events + " answered " + response.statusCode());
            }
            streams.add(response.body());
            java.util.concurrent.CountDownLatch hello = new java.util.concurrent.CountDownLatch(1);
            opened.add(hello);
            int board = b;
            Thread.ofVirtual().name("board-stream-" + b).start(() -> read(board, response.body(), hello));
        }
        for (var hello : opened) {
            if (!hello.await(1, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IOException("a board stream sent nothing for a minute");
            }
        }
    }

    /** From now on, events go to {@code next} (null: nowhere). */
    void record(BoardLedger next) {
        ledger.set(next);
        if (next != null) {
            ended.forEach(next::disconnected);
        }
    }

    private void read(int board, Stream<String> lines, java.util.concurrent.CountDownLatch hello) {
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (name != null) {
                        dispatch(board, name, data.toString(), Instant.now());
                    }
                    hello.countDown();
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.startsWith("data: ") ? line.substring(6) : line.substring(5));
                }
            }
        } catch (RuntimeException ended) {
            // The connection broke (the server was killed, or closing): the same as the stream ending.
        }
        hello.countDown();
        if (!closing) {
            // A board cut off stays cut off: every later run counts it (a browser would reconnect and reload; the
            // benchmark counts the break instead).
            ended.add(board);
            BoardLedger current = ledger.get();
            if (current != null) {
                current.disconnected(board);
            }
        }
    }

    private void dispatch(int board, String name, String json, Instant readAt) {
        BoardLedger current = ledger.get();
        if (current == null) {
            return;
        }
        Event event = parse(name, json);
        if (event != null) {
            current.received(board, event.row(), event.at(), readAt);
        }
    }

    /** A board event's row and time. */
    record Event(String row, Instant at) {
    }

    /**
     * The row an event changes and when, read from its JSON by hand: fifty boards read tens of thousands of events
     * a minute in the benchmark's own process, which shares the machine with the server it measures.
     */
    static Event parse(String name, String json) {
        String key = switch (name) {
            case "incident" -> "id";
            case "unit" -> "callSign";
            case "alert" -> "incidentId";
            default -> null;
        };
        if (key == null) {
            return null;
        }
        String id = string(json, key);
        String at = string(json, "at");
        if (id == null || at == null) {
            return null;
        }
        return new Event(name + ":" + id, Instant.parse(at));
    }

    /** The string value of a top-level-looking {@code "key":"value"} (values in board rows hold no escaped quotes). */
    private static String string(String json, String key) {
        String marker = "\"" + key + "\":\"";
        int start = json.indexOf(marker);
        if (start < 0) {
            return null;
        }
        start += marker.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    @Override
    public void close() {
        closing = true;
        streams.forEach(Stream::close);
        http.shutdownNow();
    }
}

package uk.peel.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a {@link BusyDay} against a running Peel over its API, one thread per client sending its steps one after
 * another, either as fast as they are answered (a closed loop: each dispatcher or device waits for its answer, so the
 * figures are those of a saturated server) or paced over a set time, each client's steps evenly spread over it. A
 * paced step's time is counted from when it was due, not when it was sent, so a server that falls behind is charged
 * for the wait as well (no coordinated omission). Every
 * acknowledged change is written to the {@link Acknowledged} journal and tells the {@link BoardLedger} which board
 * rows it changed. A step whose incident could not be created or moved on is skipped, and counted.
 */
final class DayRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The codes the server offers, as {@code GET /api/v1/incidents/categories} lists them. */
    record Categories(List<String> codes) {
    }

    /**
     * What one run measured.
     *
     * @param create response times of {@code POST /api/v1/incidents}
     * @param updates response times of every other step
     * @param errors requests that failed (not 2xx, or no answer)
     * @param skipped steps not sent because an earlier step of their incident failed
     */
    record Result(Latencies.Summary create, Latencies.Summary updates, long acknowledged, int errors, int skipped,
                  String firstError, double seconds) {

        double throughput() {
            return seconds > 0 ? acknowledged / seconds : 0;
        }
    }

    private final PeelServer server;
    private final BusyDay.Day day;
    private final Categories categories;
    private final BoardLedger ledger;
    private final Acknowledged journal;
    private final AtomicBoolean stop;
    private final String[] ids;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    private final double pacedSeconds;

    /**
     * {@code ledger} may be null (no boards counted); setting {@code stop} ends each client after its current step;
     * {@code pacedSeconds} 0 replays as fast as answered, otherwise spreads each client's steps over that time.
     */
    DayRun(PeelServer server, BusyDay.Day day, Categories categories, BoardLedger ledger, Acknowledged journal,
           AtomicBoolean stop, double pacedSeconds) {
        this.pacedSeconds = pacedSeconds;
        this.server = server;
        this.day = day;
        this.categories = categories;
        this.ledger = ledger;
        this.journal = journal;
        this.stop = stop;
        int first = day.calls().stream().mapToInt(BusyDay.Call::number).min().orElse(0);
        this.ids = new String[day.calls().size()];
        this.offset = first;
    }

    private final int offset;

    Result run() throws InterruptedException {
        int clients = day.clients().size();
        long[][] create = new long[clients][];
        long[][] update = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        long[] startedAt = new long[1]; // written before the latch opens, so every client sees it
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("day-client-" + c).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                Client worker = new Client(day.clients().get(client));
                worker.run(startedAt[0]);
                create[client] = worker.create.toArray();
                update[client] = worker.update.toArray();
            }));
        }
        long started = System.nanoTime();
        startedAt[0] = started;
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] creates = Arrays.stream(create).flatMapToLong(Arrays::stream).toArray();
        long[] updates = Arrays.stream(update).flatMapToLong(Arrays::stream).toArray();
        long wall = (long) (seconds * 1e9);
        return new Result(Latencies.summarise(creates, 0, wall), Latencies.summarise(updates, 0, wall),
                creates.length + updates.length, errors.get(), skipped.get(), firstError.get(), seconds);
    }

    /** One client's worker: its steps in order, with the units each of its incidents still has on it. */
    private final class Client {
        private final List<BusyDay.Step> steps;
        private final Nanos create = new Nanos();
        private final Nanos update = new Nanos();
        private final java.util.Map<Integer, Set<String>> onIncident = new java.util.HashMap<>();
        private final Set<Integer> failed = new HashSet<>();

        Client(List<BusyDay.Step> steps) {
            this.steps = steps;
        }

        void run(long dayStarted) {
            long interval = pacedSeconds > 0 && !steps.isEmpty() ? (long) (pacedSeconds * 1e9 / steps.size()) : 0;
            for (int i = 0; i < steps.size(); i++) {
                BusyDay.Step step = steps.get(i);
                if (stop.get()) {
                    return;
                }
                if (failed.contains(step.incident())) {
                    skipped.incrementAndGet();
                    continue;
                }
                long started = System.nanoTime();
                if (interval > 0) {
                    long due = dayStarted + i * interval;
                    if (due > started) {
                        java.util.concurrent.locks.LockSupport.parkNanos(due - started);
                    }
                    started = due;
                }
                try {
                    send(step);
                    (step.kind() == BusyDay.Kind.CREATE ? create : update).add(System.nanoTime() - started);
                } catch (Exception e) {
                    failed.add(step.incident());
                    if (!stop.get()) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, step + ": " + e.getMessage());
                    }
                }
            }
        }

        private void send(BusyDay.Step step) throws Exception {
            BusyDay.Call call = day.calls().get(step.incident() - offset);
            String id = ids[step.incident() - offset];
            switch (step.kind()) {
                case CREATE -> {
                    JsonNode incident = send("POST", "/api/v1/incidents", createBody(call), 201);
                    String created = incident.path("id").asString();
                    ids[step.incident() - offset] = created;
                    acknowledgeIncident(incident);
                    expect("incident:" + created);
                    if (incident.path("clock").path("awaitingUnitEscalation").asBoolean()) {
                        expect("alert:" + created);
                    }
                }
                case ASSIGN -> {
                    JsonNode incident = send("POST", "/api/v1/incidents/" + id + "/units",
                            "{\"callSign\":\"" + step.unit() + "\"}", 200);
                    acknowledgeIncident(incident);
                    journal.statusChange(step.unit(), "ASSIGNED", id);
                    onIncident.computeIfAbsent(step.incident(), k -> new HashSet<>()).add(step.unit());
                    expect("incident:" + id);
                    expect("unit:" + step.unit());
                }
                case EN_ROUTE, AT_SCENE, CLEAR -> {
                    String status = step.kind() == BusyDay.Kind.CLEAR ? "AVAILABLE" : step.kind().name();
                    JsonNode unit = send("PUT", "/api/v1/units/" + step.unit() + "/status",
                            "{\"status\":\"" + status + "\"}", 200);
                    acknowledgeUnit(unit);
                    journal.statusChange(step.unit(), status, step.kind() == BusyDay.Kind.CLEAR ? null : id);
                    if (step.kind() == BusyDay.Kind.CLEAR) {
                        onIncident.getOrDefault(step.incident(), Set.of()).remove(step.unit());
                    }
                    expect("incident:" + id);
                    expect("unit:" + step.unit());
                }
                case POSITION -> {
                    double latitude = call.latitude() + (Math.random() - 0.5) * 0.01;
                    double longitude = call.longitude() + (Math.random() - 0.5) * 0.01;
                    JsonNode unit = send("PUT", "/api/v1/units/" + step.unit() + "/position", String.format(Locale.ROOT,
                            "{\"latitude\":%.6f,\"longitude\":%.6f}", latitude, longitude), 200);
                    acknowledgeUnit(unit);
                    expect("unit:" + step.unit());
                }
                case CLOSE -> {
                    String category = categories.codes().get(call.closingCategory() % categories.codes().size());
                    JsonNode incident = send("POST", "/api/v1/incidents/" + id + "/close",
                            "{\"category\":\"" + category + "\",\"qualifiers\":[],\"result\":\"Dealt with by officers at scene"
                                    + " (benchmark incident " + call.number() + ")\"}", 200);
                    acknowledgeIncident(incident);
                    expect("incident:" + id);
                    for (String unit : onIncident.getOrDefault(step.incident(), Set.of())) {
                        journal.statusChange(unit, "AVAILABLE", null);
                        expect("unit:" + unit);
                    }
                    onIncident.remove(step.incident());
                }
            }
        }

        private String createBody(BusyDay.Call call) {
            String location = call.postcode() != null ? "{\"postcode\":\"" + call.postcode() + "\"}"
                    : String.format(Locale.ROOT, "{\"latitude\":%.6f,\"longitude\":%.6f}", call.latitude(), call.longitude());
            String caller = call.callerDetails() ? ",\"caller\":{\"name\":\"Caller " + call.number()
                    + "\",\"phone\":\"07700 9" + String.format(Locale.ROOT, "%05d", call.number() % 100_000)
                    + "\",\"relationship\":\"witness\"}" : "";
            String category = categories.codes().get(call.category() % categories.codes().size());
            return "{\"openingCategory\":\"" + category + "\",\"grade\":\"" + call.grade() + "\",\"location\":" + location
                    + caller + ",\"account\":\"Benchmark call " + call.number() + ": caller reports an incident in progress.\"}";
        }

        private JsonNode send(String method, String path, String body, int expected) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", server.bearer())
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = server.http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return JSON.readTree(response.body());
        }

        private void acknowledgeIncident(JsonNode incident) {
            journal.incident(incident.path("id").asString(), incident.path("version").asInt(), incident.path("status").asString());
        }

        private void acknowledgeUnit(JsonNode unit) {
            journal.unit(unit.path("callSign").asString(), unit.path("version").asInt());
            journal.counted();
        }

        private void expect(String row) {
            if (ledger != null) {
                ledger.expect(row);
            }
        }
    }

    /** A growing array of times, one client's. */
    private static final class Nanos {
        private long[] values = new long[256];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

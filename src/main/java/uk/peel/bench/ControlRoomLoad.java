package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code peel bench control-room}: command and control under a compressed busy day (issue 4). Starts Peel from the
 * built jar on its own data directory, loads a generated population for the person searches, puts the day's units
 * on the board and opens the live boards; then replays the day twice over HTTP, first alone and then with person
 * searches running alongside, reporting each and their ratios; then (full run, or {@code --kill}) replays another
 * day, kills Peel and its PostgreSQL with SIGKILL in the middle of it, starts Peel again on the same data directory
 * and checks that every acknowledged incident and unit status change is there. Ends with one summary line.
 */
final class ControlRoomLoad {

    /** The benchmark's settings; {@code dataDir} null means a temporary directory. */
    record Options(boolean quick, int incidents, int units, int boards, int clients, int searchClients, long persons,
                   Path dataDir, boolean keep, String heap, boolean kill, long seed, Path names, Path jfr, double pace) {

        /** Whether the days are replayed at a set rate ({@code --pace}) rather than as fast as answered. */
        boolean paced() {
            return pace > 0;
        }
    }

    /** The busy day: ten times a large force's peak hour. {@code --pace N} replays N such hours an hour. */
    static final double BUSY_DAY_INCIDENTS_PER_HOUR = 2_000;

    /** The busy day, and a short one a CI-like check can afford (a minute or two). */
    static Options defaults(boolean quick) {
        return quick
                ? new Options(true, 200, 100, 50, 8, 2, 5_000, null, false, "2g", false, 20261124L, NameLists.SHARED, null, 0)
                : new Options(false, 2_000, 400, 50, 8, 2, 50_000, null, false, "2g", true, 20261124L, NameLists.SHARED, null, 0);
    }

    /** One day's replay as measured: the requests, and what the boards received. */
    record Run(String name, DayRun.Result day, BoardLedger.Result boards, Latencies.Summary search, String searchError,
               double load) {

        long errors() {
            return day.errors() + day.skipped() + boards.errors() + (search == null ? 0 : search.errors());
        }
    }

    /** What the crash showed: requests acknowledged before it, what was checked after, and what was lost. */
    record Crash(long acknowledged, int incidents, int units, int statusChanges, List<String> lost, double restartSeconds) {
    }

    /**
     * Methods whose invocations JFR times when the server is recorded ({@code jfr view method-timing FILE}), so a
     * profile says how opening an incident and moving a unit divide between authentication, the incident's writes,
     * the audit entry, the commit and pushing to the boards.
     */
    static final List<String> TIMED_METHODS = List.of(
            "uk.peel.incident.web.IncidentApiController::open", "uk.peel.incident.Incidents::open",
            "uk.peel.incident.IncidentStore::nextReference", "uk.peel.incident.IncidentStore::insert",
            "uk.peel.incident.IncidentStore::appendLog", "uk.peel.audit.AuditLog::record",
            "uk.peel.gazetteer.Gazetteer::lookup", "uk.peel.dispatch.Dispatch::status", "uk.peel.dispatch.Dispatch::assign",
            "uk.peel.resource.Resources::reportPosition", "uk.peel.controlroom.BoardHub::broadcast",
            "uk.peel.controlroom.BoardRows::of",
            "org.springframework.jdbc.datasource.DataSourceTransactionManager::doCommit",
            "org.springframework.security.oauth2.jwt.NimbusJwtDecoder::decode",
            "uk.peel.search.web.PersonSearchApiController::search");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long QUERY_SEED = 7_000_003L;

    private final Options options;
    private final PrintStream out;

    ControlRoomLoad(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the benchmark; answers the summary line, which the caller prints last. */
    String run() throws IOException, InterruptedException, SQLException {
        return BenchDirectory.use(options.dataDir(), options.keep(), "control-room", out, "", this::run);
    }

    private String run(Path dataDir) throws IOException, InterruptedException, SQLException {
        SyntheticPopulation population = new SyntheticPopulation(NameLists.load(options.names()), options.seed(),
                options.persons(), PopulationGenerator.Options.DEFAULT_DUPLICATES);
        Path file = population(dataDir, population);
        List<String> jvm = new ArrayList<>();
        if (options.jfr() != null) {
            jvm.add("-XX:StartFlightRecording:filename=" + options.jfr().toAbsolutePath() + ",settings=profile,dumponexit=true"
                    + ",method-timing=" + String.join(";", TIMED_METHODS));
        }
        PeelServer.Launch launch = PeelServer.Launch.fromThisProcess(options.heap(), jvm);
        out.printf("Starting Peel (%s, heap %s) on %s%n", launch.jar().getFileName(), options.heap(), dataDir);
        Run alone;
        Run withSearch;
        Crash crash = null;
        try (PeelServer server = PeelServer.start(launch, dataDir);
             Connection database = new PostgresBaselines(server.postgresPort()).connect()) {
            database.setSchema("public");
            load(server, database, file);
            List<LatencyQueries.Query> queries = LatencyQueries.build(population, 5_000, QUERY_SEED);
            putUnitsOnTheBoard(server);
            DayRun.Categories categories = categories(server);
            out.printf("Opening %d live boards (GET /control-room/events)%n", options.boards());
            try (BoardStreams boards = new BoardStreams(server.uri("/control-room/events"), server.basic(), options.boards())) {
                int warmup = Math.max(50, options.incidents() / 10);
                out.printf("Warming up: a day of %d incidents%n", warmup);
                Run warm = day(server, boards, categories, warmup, 1, null, "warm-up");
                out.printf("  warm-up: %s%n", ControlRoomReport.runLine(options, warm));
                alone = day(server, boards, categories, options.incidents(), 2, null, "alone");
                withSearch = day(server, boards, categories, options.incidents(), 3, queries, "with-search");
            }
            if (options.kill()) {
                crash = crash(server, launch, categories);
            }
        }
        report(alone);
        report(withSearch);
        out.println(ratios(alone, withSearch));
        if (crash != null) {
            out.printf(Locale.ROOT, "control-room durability acknowledged_requests=%d incidents_checked=%d units_checked=%d "
                            + "status_changes_checked=%d lost=%d restart_s=%.1f load=%.1f%n", crash.acknowledged(),
                    crash.incidents(), crash.units(), crash.statusChanges(), crash.lost().size(), crash.restartSeconds(),
                    SearchLatency.loadAverage());
            crash.lost().stream().limit(20).forEach(line -> out.println("  lost: " + line));
        }
        return summary(options, alone, withSearch, crash, SearchLatency.loadAverage());
    }

    /** The population file in the data directory, generated unless an earlier run left it there. */
    private Path population(Path dataDir, SyntheticPopulation population) throws IOException {
        Path file = Files.createDirectories(dataDir.resolve("bench")).resolve("population-" + options.persons() + ".ndjson");
        if (!Files.exists(file)) {
            out.printf("Generating %,d people for the person searches (%s)%n", options.persons(), population.names().description());
            new PopulationGenerator(population).write(file);
        }
        return file;
    }

    private void load(PeelServer server, Connection database, Path file) throws IOException, InterruptedException, SQLException {
        if (PopulationLoad.loaded(database) >= options.persons()) {
            PopulationLoad.awaitIndexed(database, Duration.ofHours(1));
            return;
        }
        out.printf("Loading %,d people through POST /api/v1/persons/import%n", options.persons());
        PopulationLoad.Loaded loaded = new PopulationLoad(server, out).load(file, 0, 50_000, database);
        out.printf(Locale.ROOT, "  %,d accepted in %.0f s, indexed after %.0f s%n", loaded.accepted(), loaded.importSeconds(),
                loaded.indexedSeconds());
    }

    /** Registers the day's units (booking them on again in a kept data directory) and makes each available. */
    private void putUnitsOnTheBoard(PeelServer server) throws IOException, InterruptedException {
        out.printf("Putting %d units on the board%n", options.units());
        for (String callSign : BusyDay.callSigns(options.units())) {
            send(server, "POST", "/api/v1/units", "{\"callSign\":\"" + callSign
                    + "\",\"type\":\"RESPONSE\",\"skills\":[\"Taser\"],\"crew\":[\"PC " + callSign + "A\",\"PC " + callSign + "B\"]}");
            send(server, "PUT", "/api/v1/units/" + callSign + "/status", "{\"status\":\"AVAILABLE\",\"note\":\"benchmark\"}");
        }
    }

    static DayRun.Categories categories(PeelServer server) throws IOException, InterruptedException {
        List<String> codes = new ArrayList<>();
        for (JsonNode category : JSON.readTree(server.get("/api/v1/incidents/categories").body())) {
            codes.add(category.path("code").asString());
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the server offers no incident categories");
        }
        return new DayRun.Categories(List.copyOf(codes));
    }

    /** Replays one day; with {@code queries}, person searches run alongside it until it ends. */
    private Run day(PeelServer server, BoardStreams boards, DayRun.Categories categories, int incidents, int phase,
                    List<LatencyQueries.Query> queries, String name) throws InterruptedException {
        BusyDay.Day day = BusyDay.draw(BusyDay.Shape.of(incidents, options.units(), options.clients(), options.seed() + phase),
                categories.codes().size(), phase * 100_000);
        if (!name.equals("warm-up")) {
            out.printf("Run %s: %,d incidents, %,d status updates, %d clients, %d boards%s%n", name, day.calls().size(),
                    day.updates(), options.clients(), options.boards(),
                    queries == null ? "" : ", " + options.searchClients() + " person-search clients alongside");
        }
        BoardLedger ledger = new BoardLedger(options.boards(), Instant.now());
        boards.record(ledger);
        AtomicBoolean searchesStop = new AtomicBoolean();
        LoadClients.Result[] search = new LoadClients.Result[1];
        Thread searches = null;
        if (queries != null) {
            PeelSearchClients clients = new PeelSearchClients(server, server.bearer(), 10);
            searches = Thread.ofPlatform().name("bench-searches").start(() -> {
                try {
                    search[0] = LoadClients.runUntil(clients, options.searchClients(), queries, searchesStop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        DayRun.Result result = new DayRun(server, day, categories, ledger, new Acknowledged(), new AtomicBoolean(),
                name.equals("warm-up") ? 0 : secondsFor(day)).run();
        searchesStop.set(true);
        if (searches != null) {
            searches.join();
        }
        awaitBoards(ledger, Duration.ofSeconds(10));
        boards.record(null);
        return new Run(name, result, ledger.result(), search[0] == null ? null : search[0].summary(),
                search[0] == null ? null : search[0].firstError(), SearchLatency.loadAverage());
    }

    /** How long a paced day lasts: its incidents at {@code pace} times the busy day's rate; 0 when not paced. */
    private double secondsFor(BusyDay.Day day) {
        return options.paced() ? day.calls().size() * 3_600.0 / (BUSY_DAY_INCIDENTS_PER_HOUR * options.pace()) : 0;
    }

    /** Waits for the boards to be pushed what is still queued; whatever has not arrived by then is missing. */
    private static void awaitBoards(BoardLedger ledger, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ledger.complete() && System.nanoTime() < deadline) {
            PeelServer.sleep(100);
        }
    }

    /**
     * Replays another day and kills Peel with its PostgreSQL once about 40 % of it has been acknowledged, starts Peel
     * again and checks every acknowledged incident and unit status change.
     */
    private Crash crash(PeelServer server, PeelServer.Launch launch, DayRun.Categories categories)
            throws IOException, InterruptedException {
        BusyDay.Day day = BusyDay.draw(BusyDay.Shape.of(options.incidents(), options.units(), options.clients(),
                options.seed() + 4), categories.codes().size(), 400_000);
        long killAt = day.steps() * 2 / 5;
        out.printf("Crash run: %,d incidents; SIGKILL to Peel and its PostgreSQL after %,d acknowledged requests%n",
                day.calls().size(), killAt);
        Acknowledged journal = new Acknowledged();
        AtomicBoolean stop = new AtomicBoolean();
        Thread killer = Thread.ofPlatform().name("bench-killer").start(() -> {
            while (journal.count() < killAt && !stop.get()) {
                Thread.onSpinWait();
                PeelServer.sleep(1);
            }
            stop.set(true);
            try {
                server.crash();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not kill Peel", e);
            }
        });
        new DayRun(server, day, categories, null, journal, stop, 0).run();
        stop.set(true);
        killer.join();
        long started = System.nanoTime();
        try (PeelServer again = PeelServer.start(launch, server.dataDir())) {
            double restart = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "Peel restarted on the same data directory in %.1f s; checking %,d incidents, %,d units, "
                    + "%,d unit status changes%n", restart, journal.incidentIds().size(), journal.callSigns().size(),
                    journal.statusChanges());
            return new Crash(journal.count(), journal.incidentIds().size(), journal.callSigns().size(),
                    journal.statusChanges(), verify(again, journal), restart);
        }
    }

    /** What of the journal the restarted server no longer has. */
    static List<String> verify(PeelServer server, Acknowledged journal) throws IOException, InterruptedException {
        java.util.Map<String, Acknowledged.Found> incidents = new java.util.HashMap<>();
        for (String id : journal.incidentIds()) {
            HttpResponse<String> response = server.get("/api/v1/incidents/" + id);
            if (response.statusCode() == 200) {
                JsonNode incident = JSON.readTree(response.body());
                incidents.put(id, new Acknowledged.Found(incident.path("version").asInt(), incident.path("status").asString()));
            } else if (response.statusCode() != 404) {
                throw new IOException("GET /api/v1/incidents/" + id + " answered " + response.statusCode());
            }
        }
        java.util.Map<String, Integer> units = new java.util.HashMap<>();
        for (JsonNode unit : JSON.readTree(server.get("/api/v1/units").body())) {
            units.put(unit.path("callSign").asString(), unit.path("version").asInt());
        }
        java.util.Map<String, List<Acknowledged.StatusChange>> logs = new java.util.HashMap<>();
        for (String callSign : journal.callSignsWithChanges()) {
            List<Acknowledged.StatusChange> log = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(server.get("/api/v1/units/" + callSign + "/log?limit=1000").body())) {
                log.add(new Acknowledged.StatusChange(callSign, entry.path("status").asString(),
                        entry.path("incidentId").isNull() || entry.path("incidentId").isMissingNode() ? null
                                : entry.path("incidentId").asString()));
            }
            logs.put(callSign, log);
        }
        return journal.lost(incidents, units, logs);
    }

    private static void send(PeelServer server, String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = server.http().send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", server.bearer()).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1)).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private void report(Run run) {
        out.println(ControlRoomReport.runLine(options, run));
        if (run.day().firstError() != null) {
            out.println("  first error: " + run.day().firstError());
        }
        if (run.searchError() != null) {
            out.println("  first search error: " + run.searchError());
        }
    }

    static String ratios(Run alone, Run withSearch) {
        return ControlRoomReport.ratios(alone, withSearch);
    }

    static String summary(Options options, Run alone, Run withSearch, Crash crash, double load) {
        return ControlRoomReport.summary(options, alone, withSearch, crash, load);
    }
}

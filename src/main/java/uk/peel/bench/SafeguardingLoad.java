package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code peel bench safeguarding}: a year of a large force's safeguarding demand against its teams' capacity. The
 * year is simulated ({@link SafeguardingYear}) twice, with enough capacity and with too little; the chosen one is
 * loaded into a real Peel as the notices it would hold at the end of the year; a day's worth of notices is then raised
 * over HTTP, some by officers and some from incidents' domestic-abuse flags (through the persisted event); and the
 * safeguarding dashboard ({@code GET /api/v1/ppns/queues}) is compared with an independent count of the database's
 * rows, taken just before and just after the dashboard was asked.
 */
final class SafeguardingLoad {

    /** @param days how long the demand is spread over: a year, or for a quick run a week at the year's rate */
    record Options(boolean quick, int domesticAbuse, int other, int days, String scenario, Integer capacityDau,
                   Integer capacityMash, int live, Path dataDir, boolean keep, String heap, long seed) {
    }

    static Options defaults(boolean quick) {
        return quick ? new Options(true, 1_150, 770, 7, "short", null, null, 40, null, false, "1g", 20261124L)
                : new Options(false, 60_000, 40_000, 365, "short", null, null, 400, null, false, "2g", 20261124L);
    }

    /** One team's queue as counted: open notices, by age band, breached. */
    record Count(long open, List<Long> bands, long breached) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TEAMS = List.of("DAU", "MASH");

    private final Options options;
    private final PrintStream out;
    private int postgresPort;

    SafeguardingLoad(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    String run() throws IOException, InterruptedException, SQLException {
        return BenchDirectory.use(options.dataDir(), options.keep(), "safeguarding", out, "", this::run);
    }

    private String run(Path dataDir) throws IOException, InterruptedException, SQLException {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Duration period = Duration.ofDays(options.days());
        List<SafeguardingYear.Notice> demand = SafeguardingYear.demand(options.domesticAbuse(), options.other(), end, period, options.seed());
        double dau = SafeguardingYear.dailyDemand(demand, "DAU", period);
        double mash = SafeguardingYear.dailyDemand(demand, "MASH", period);
        out.printf(Locale.ROOT, "Demand over %d days: %,d notices (%,d domestic abuse, %,d other): %.1f a day for the DAU, %.1f for the MASH%n",
                options.days(), demand.size(), options.domesticAbuse(), options.other(), dau, mash);
        Map<String, Integer> enough = capacity(dau, mash, 2.0);
        Map<String, Integer> short_ = Map.of("DAU", options.capacityDau() != null ? options.capacityDau() : (int) Math.floor(dau * 0.7),
                "MASH", options.capacityMash() != null ? options.capacityMash() : (int) Math.floor(mash * 0.7));
        SafeguardingYear.Result withEnough = SafeguardingYear.work(demand, enough, end, period, options.seed());
        SafeguardingYear.Result withTooLittle = SafeguardingYear.work(demand, short_, end, period, options.seed());
        out.println(yearLine("enough", enough, withEnough));
        out.println(yearLine("short", short_, withTooLittle));
        SafeguardingYear.Result loaded = options.scenario().equals("enough") ? withEnough : withTooLittle;

        PeelServer.Launch launch = PeelServer.Launch.fromThisProcess(options.heap(), List.of());
        out.printf("Starting Peel (%s, heap %s) on %s%n", launch.jar().getFileName(), options.heap(), dataDir);
        try (PeelServer server = PeelServer.start(launch, dataDir);
             Connection database = new PostgresBaselines(server.postgresPort()).connect()) {
            database.setSchema("public");
            postgresPort = server.postgresPort();
            long started = System.nanoTime();
            load(database, loaded.notices());
            out.printf(Locale.ROOT, "Loaded the %s scenario's %,d notices as Peel holds them at its end in %.1f s%n", options.scenario(),
                    loaded.notices().size(), (System.nanoTime() - started) / 1e9);
            HttpResponse<String> queue = server.get("/api/v1/ppns?team=DAU&limit=200");
            if (queue.statusCode() != 200) {
                throw new IllegalStateException("Peel could not read the loaded notices: GET /api/v1/ppns answered "
                        + queue.statusCode() + ": " + queue.body().substring(0, Math.min(300, queue.body().length())));
            }
            Latencies.Summary raise = raiseByOfficers(server);
            Latencies.Summary fromFlags = raiseFromFlags(server);
            out.printf(Locale.ROOT, "Raised over HTTP: %d by officers (p50 %.1f ms, p99 %.1f ms); %d from incidents' flags, incident "
                            + "committed to notice committed (event publication log) p50 %.0f ms, p99 %.0f ms, missing %d%n", raise.count(), raise.p50(), raise.p99(),
                    fromFlags.count(), fromFlags.p50(), fromFlags.p99(), fromFlags.errors());
            Comparison comparison = compare(server, database);
            double[] sweep = sweep(database);
            out.printf(Locale.ROOT, "The service-level sweep escalated %,.0f overdue notices, settling %.0f s after the comparison%n",
                    sweep[0], sweep[1]);
            comparison.dashboard().forEach((team, count) -> out.printf(Locale.ROOT,
                    "  dashboard %s: open %,d by age %s, breached %,d; database %s%n", team, count.open(), count.bands(),
                    count.breached(), comparison.database().get(team)));
            long ppns = count(database, "select count(*) from ppn");
            long breached = comparison.dashboard().values().stream().mapToLong(Count::breached).sum();
            long open = comparison.dashboard().values().stream().mapToLong(Count::open).sum();
            return summary(options, ppns, breached, comparison.matches(), open, loaded, withEnough, withTooLittle, raise, fromFlags,
                    comparison.dashboardMillis(), (long) sweep[0], sweep[1], SearchLatency.loadAverage());
        }
    }

    /** The last line of the output, which acceptance tests read: {@code ppns=}, {@code breaches=}, {@code dashboard_matches_db=}. */
    static String summary(Options options, long ppns, long breached, boolean matches, long open, SafeguardingYear.Result loaded,
                          SafeguardingYear.Result withEnough, SafeguardingYear.Result withTooLittle, Latencies.Summary raise,
                          Latencies.Summary fromFlags, double dashboardMillis, long escalations, double sweepSeconds, double load) {
        return String.format(Locale.ROOT, "safeguarding quick=%s days=%d ppns=%d breaches=%d dashboard_matches_db=%s scenario=%s open=%d "
                        + "period_breaches=%d enough_period_breaches=%d short_period_breaches=%d short_first_breach_h=%.1f "
                        + "raise_p99_ms=%.1f flag_to_ppn_p99_ms=%.0f flag_missing=%d dashboard_ms=%.0f escalations=%d sweep_s=%.0f load=%.1f",
                options.quick(), options.days(), ppns, breached, matches, options.scenario(), open, loaded.breaches(),
                withEnough.breaches(), withTooLittle.breaches(), withTooLittle.firstBreachHours(), raise.p99(), fromFlags.p99(),
                fromFlags.errors(), dashboardMillis, escalations, sweepSeconds, load);
    }

    private static Map<String, Integer> capacity(double dau, double mash, double factor) {
        return Map.of("DAU", (int) Math.ceil(dau * factor), "MASH", (int) Math.ceil(mash * factor));
    }

    static String yearLine(String name, Map<String, Integer> capacity, SafeguardingYear.Result year) {
        return String.format(Locale.ROOT, "  %s capacity (DAU %d a day, MASH %d a day): breaches %,d, first after %s, "
                        + "by twelfth of the period %s; at the end %,d open, %,d awaiting triage", name, capacity.get("DAU"), capacity.get("MASH"),
                year.breaches(), year.firstBreachHours() < 0 ? "never" : String.format(Locale.ROOT, "%.1f h", year.firstBreachHours()),
                Arrays.toString(year.breachesByTwelfth()), year.openAtEnd(), year.untriagedAtEnd());
    }

    private static void load(Connection database, List<SafeguardingYear.Notice> notices) throws SQLException {
        database.setAutoCommit(false);
        try (PreparedStatement insert = database.prepareStatement("""
                insert into ppn (id, reference, version, type, team, status, risk, source, raised_at, raised_by,
                                 assessment_due_at, assessed_at, triage_due_at, triaged_at, closed_at, outcome, details, updated_at)
                values (?, ?, 1, ?, ?, ?, ?, 'OFFICER', ?, 'bench', ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")) {
            int batch = 0;
            for (SafeguardingYear.Notice n : notices) {
                String status = n.closedAt() != null ? "CLOSED" : n.triagedAt() != null ? "TRIAGED" : "OPEN";
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, String.format(Locale.ROOT, "PPN-BENCH-%06d", n.number()));
                insert.setString(3, n.type());
                insert.setString(4, n.team());
                insert.setString(5, status);
                insert.setString(6, n.risk());
                insert.setTimestamp(7, ts(n.raisedAt()));
                insert.setTimestamp(8, ts(n.assessmentDueAt()));
                insert.setTimestamp(9, ts(n.assessedAt()));
                insert.setTimestamp(10, ts(n.triageDueAt()));
                insert.setTimestamp(11, ts(n.triagedAt()));
                insert.setTimestamp(12, ts(n.closedAt()));
                insert.setString(13, n.closedAt() == null ? null : "REFERRED_TO_PARTNERS");
                insert.setString(14, details(n));
                insert.setTimestamp(15, ts(latest(n)));
                insert.addBatch();
                if (++batch % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            database.commit();
        } finally {
            database.setAutoCommit(true);
        }
    }

    private static Instant latest(SafeguardingYear.Notice n) {
        return n.closedAt() != null ? n.closedAt() : n.triagedAt() != null ? n.triagedAt() : n.assessedAt() != null ? n.assessedAt() : n.raisedAt();
    }

    /** The notice's JSON document, as Peel writes it. */
    static String details(SafeguardingYear.Notice n) {
        Map<String, Object> details = new HashMap<>();
        details.put("raisedAtRisk", n.domesticAbuse() ? "MEDIUM" : n.risk());
        details.put("summary", "Benchmark notice " + n.number());
        details.put("flaggedRepeatVictim", false);
        if (n.assessedAt() != null) {
            Map<String, Object> assessment = new HashMap<>();
            assessment.put("answers", Map.of());
            assessment.put("grade", n.risk());
            assessment.put("yesCount", 0);
            assessment.put("declinedCount", 0);
            assessment.put("reasons", List.of("benchmark"));
            assessment.put("repeatVictim", false);
            assessment.put("repeatPerpetrator", false);
            assessment.put("potentialEscalation", false);
            assessment.put("completedAt", n.assessedAt().toString());
            assessment.put("completedBy", "bench");
            details.put("assessment", assessment);
        }
        if (n.triagedAt() != null) {
            details.put("triage", Map.of("at", n.triagedAt().toString(), "by", "bench", "decision", "Benchmark triage"));
        }
        if (n.closedAt() != null) {
            details.put("closure", Map.of("outcome", "REFERRED_TO_PARTNERS", "explanation", "Benchmark closure",
                    "at", n.closedAt().toString(), "by", "bench"));
        }
        return JSON.writeValueAsString(details);
    }

    private Latencies.Summary raiseByOfficers(PeelServer server) throws IOException, InterruptedException {
        long[] nanos = new long[options.live()];
        int errors = 0;
        long wall = System.nanoTime();
        for (int i = 0; i < options.live(); i++) {
            String type = i % 5 < 3 ? "DOMESTIC_ABUSE" : "CHILD_CONCERN";
            String body = "{\"type\":\"" + type + "\",\"risk\":\"" + (i % 4 == 0 ? "HIGH" : "MEDIUM") + "\",\"summary\":\"Benchmark: officer's "
                    + "notice " + i + "\",\"people\":[{\"name\":\"Bench Person " + i + "\",\"role\":\"" + (type.equals("DOMESTIC_ABUSE") ? "VICTIM" : "CHILD") + "\"}]}";
            long start = System.nanoTime();
            HttpResponse<String> response = post(server, "/api/v1/ppns", body);
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 201) {
                errors++;
            }
        }
        return Latencies.summarise(nanos, errors, System.nanoTime() - wall);
    }

    /** Incidents with a domestic-abuse flag; each must raise its notice through the persisted event. */
    private Latencies.Summary raiseFromFlags(PeelServer server) throws IOException, InterruptedException {
        int incidents = Math.max(10, options.live() / 4);
        Map<String, Long> created = new HashMap<>();
        for (int i = 0; i < incidents; i++) {
            HttpResponse<String> response = post(server, "/api/v1/incidents", "{\"openingCategory\":\"PS_DOMESTIC\",\"grade\":\""
                    + (i % 3 == 0 ? "1" : "2") + "\",\"safeguarding\":[\"DOMESTIC_ABUSE\"],\"account\":\"Benchmark domestic call " + i + "\"}");
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/incidents answered " + response.statusCode() + ": " + response.body());
            }
            created.put(JSON.readTree(response.body()).path("id").asString(), System.nanoTime());
        }
        List<Long> delays = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, Long> waiting = new HashMap<>(created);
        while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
            for (String id : List.copyOf(waiting.keySet())) {
                JsonNode ppns = JSON.readTree(server.get("/api/v1/ppns?incident=" + id).body());
                if (ppns.isArray() && !ppns.isEmpty()) {
                    delays.add(System.nanoTime() - waiting.remove(id));
                }
            }
            Thread.sleep(50);
        }
        return Latencies.summarise(eventToNotice(), waiting.size(), 1);
    }

    /**
     * From each incident's commit to its notice's commit, as the event publication log records them (published with
     * the incident, completed when the listener's transaction committed): exact, unlike the time a client polling
     * for the notice first sees it.
     */
    private long[] eventToNotice() throws IOException {
        try (Connection database = new PostgresBaselines(postgresPort).connect();
             PreparedStatement select = database.prepareStatement("""
                     select extract(epoch from completion_date - publication_date) * 1e9 from public.event_publication
                      where listener_id like '%IncidentFlagsRaiseNotices%' and completion_date is not null""");
             ResultSet rs = select.executeQuery()) {
            List<Long> nanos = new ArrayList<>();
            while (rs.next()) {
                nanos.add(rs.getLong(1));
            }
            return nanos.isEmpty() ? new long[] {0} : nanos.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw new IOException("could not read the event publication log", e);
        }
    }

    /**
     * The sweep's first pass over a backlog: how many escalations it raised and how long until it stopped raising
     * them (it runs every 30 s; the count is read from the database until it holds still for 10 s, or 45 s at zero; at
     * most 5 min).
     */
    private double[] sweep(Connection database) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long last = -1;
        long stableSince = System.nanoTime();
        long settledAt = start;
        while (System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
            long now = count(database, "select count(*) from ppn_alert");
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
                settledAt = stableSince;
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(now > 0 ? 10 : 45).toNanos()) {
                // At zero, wait out more than one 30-second sweep before concluding it escalates nothing.
                break;
            }
            Thread.sleep(1_000);
        }
        return new double[] {last, (settledAt - start) / 1e9};
    }

    record Comparison(Map<String, Count> dashboard, Map<String, Count> database, boolean matches, double dashboardMillis) {
    }

    /**
     * The dashboard against the database's rows counted here, at the moments just before and after the dashboard was
     * asked: it matches when it equals both (asked again if a notice crossed an age or service-level boundary between).
     */
    private Comparison compare(PeelServer server, Connection database) throws IOException, InterruptedException, SQLException {
        Comparison last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant before = Instant.now();
            long start = System.nanoTime();
            HttpResponse<String> response = server.get("/api/v1/ppns/queues");
            double millis = (System.nanoTime() - start) / 1e6;
            Instant after = Instant.now();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/v1/ppns/queues answered " + response.statusCode() + ": " + response.body());
            }
            Map<String, Count> dashboard = new HashMap<>();
            for (JsonNode queue : JSON.readTree(response.body())) {
                List<Long> bands = new ArrayList<>();
                queue.path("ageBands").forEach(band -> bands.add(band.asLong()));
                dashboard.put(queue.path("team").asString(), new Count(queue.path("open").asLong(), bands, queue.path("breached").asLong()));
            }
            List<OpenRow> rows = openRows(database);
            Map<String, Count> atBefore = counted(rows, before);
            Map<String, Count> atAfter = counted(rows, after);
            last = new Comparison(dashboard, atAfter, dashboard.equals(atBefore) && dashboard.equals(atAfter), millis);
            // Rows only ever move to an older band and from in time to breached, so equal counts before and after
            // mean nothing moved in between: a mismatch then is real. Otherwise a boundary was crossed: ask again.
            if (last.matches() || atBefore.equals(atAfter)) {
                return last;
            }
        }
        return last;
    }

    record OpenRow(String team, Instant raisedAt, Instant assessmentDueAt, Instant assessedAt, Instant triageDueAt, Instant triagedAt) {
    }

    private static List<OpenRow> openRows(Connection database) throws SQLException {
        List<OpenRow> rows = new ArrayList<>();
        try (PreparedStatement select = database.prepareStatement("""
                select team, raised_at, assessment_due_at, assessed_at, triage_due_at, triaged_at from ppn where status <> 'CLOSED'""");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new OpenRow(rs.getString(1), at(rs, 2), at(rs, 3), at(rs, 4), at(rs, 5), at(rs, 6)));
            }
        }
        return rows;
    }

    /** Counted here, in Java, from the rows: not by the query the dashboard uses. */
    static Map<String, Count> counted(List<OpenRow> rows, Instant now) {
        Map<String, Count> counts = new HashMap<>();
        for (String team : TEAMS) {
            long[] bands = new long[5];
            long open = 0;
            long breached = 0;
            for (OpenRow row : rows) {
                if (!row.team().equals(team) || row.raisedAt().isAfter(now)) {
                    continue;
                }
                open++;
                Duration age = Duration.between(row.raisedAt(), now);
                int band = age.compareTo(Duration.ofHours(4)) < 0 ? 0 : age.compareTo(Duration.ofDays(1)) < 0 ? 1
                        : age.compareTo(Duration.ofDays(3)) < 0 ? 2 : age.compareTo(Duration.ofDays(7)) < 0 ? 3 : 4;
                bands[band]++;
                boolean assessmentLate = row.assessmentDueAt() != null
                        && (row.assessedAt() == null ? now : row.assessedAt()).isAfter(row.assessmentDueAt());
                boolean triageLate = (row.triagedAt() == null ? now : row.triagedAt()).isAfter(row.triageDueAt());
                if (assessmentLate || triageLate) {
                    breached++;
                }
            }
            counts.put(team, new Count(open, Arrays.stream(bands).boxed().toList(), breached));
        }
        return counts;
    }

    private static HttpResponse<String> post(PeelServer server, String path, String body) throws IOException, InterruptedException {
        return server.http().send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", server.basic())
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (PreparedStatement select = database.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

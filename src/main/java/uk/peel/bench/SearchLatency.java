package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code peel bench search-latency}: how fast Peel's search API answers over a large generated population, from one
 * and from several concurrent clients, beside the issue's two baselines run as SQL on the same database; with the
 * index build rate, heap and sizes on disk. Peel runs as its own process from the built jar, with its own data
 * directory and embedded PostgreSQL, audit logging on, as an operator would run it.
 */
final class SearchLatency {

    /** The benchmark's settings; {@code dataDir} null means a temporary directory. */
    record Options(long persons, List<Integer> clients, int queries, int warmup, Path dataDir, boolean keep, String heap,
                   long seed, double duplicates, Path names, int chunk, List<String> auth, Path jfr, boolean baselines,
                   int baselineQueries, boolean reindex) {
    }

    /**
     * Methods whose invocations JFR times when the server is recorded (JDK 25's method timing; {@code jfr view
     * method-timing FILE}), so a profile says how a search's time divides between authentication, finding and
     * scoring candidates, loading the records and writing the audit entry, and what loading spends on indexing.
     */
    static final List<String> TIMED_METHODS = List.of(
            "uk.peel.search.web.PersonSearchApiController::search", "uk.peel.search.PersonSearch::search",
            "uk.peel.namematch.NameIndex::search", "uk.peel.namematch.MatchScorer::score",
            "uk.peel.person.PersonRecords::found", "uk.peel.person.PersonRecords::foundBySearch",
            "uk.peel.person.Persons::findAll", "uk.peel.audit.AuditLog::recordAll", "uk.peel.audit.AuditLog::recordDurably",
            "org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder::matchesNonNull",
            "org.springframework.security.oauth2.jwt.NimbusJwtDecoder::decode",
            "uk.peel.person.PersonImport::importFile", "uk.peel.person.PersonRecords::importBatch",
            "uk.peel.search.SearchIndex::index", "uk.peel.namematch.NameIndex::commit");

    private static final int LIMIT = 10;
    private static final long QUERY_SEED = 7_000_003L;

    private final Options options;
    private final PrintStream out;
    private final String tag;

    SearchLatency(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.tag = "search-latency persons=" + options.persons();
    }

    void run() throws IOException, InterruptedException, SQLException {
        BenchDirectory.use(options.dataDir(), options.keep(), "latency", out,
                "(run again with --data-dir to reuse the loaded people)", dataDir -> {
                    run(dataDir);
                    return null;
                });
    }

    private void run(Path dataDir) throws IOException, InterruptedException, SQLException {
        SyntheticPopulation population = new SyntheticPopulation(NameLists.load(options.names()), options.seed(),
                options.persons(), options.duplicates());
        Path file = population(dataDir, population);
        List<String> jvm = new ArrayList<>();
        if (options.jfr() != null) {
            jvm.add("-XX:StartFlightRecording:filename=" + options.jfr().toAbsolutePath() + ",settings=profile,dumponexit=true"
                    + ",method-timing=" + String.join(";", TIMED_METHODS));
        }
        PeelServer.Launch launch = PeelServer.Launch.fromThisProcess(options.heap(), jvm);
        out.printf("Starting Peel (%s, heap %s) on %s%n", launch.jar().getFileName(), options.heap(), dataDir);
        try (PeelServer server = PeelServer.start(launch, dataDir);
             Connection database = new PostgresBaselines(server.postgresPort()).connect()) {
            database.setSchema("public");
            load(server, database, file);

            int maxClients = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
            List<LatencyQueries.Query> queries = LatencyQueries.build(population,
                    options.warmup() + maxClients * options.queries(), QUERY_SEED);
            List<LatencyQueries.Query> warmup = queries.subList(0, options.warmup());
            List<LatencyQueries.Query> measured = queries.subList(options.warmup(), queries.size());
            Map<Long, Set<String>> rightAnswers = rightAnswers(database, population, measured);
            out.printf("%,d queries built from the population, e.g. %s%n", queries.size(), measured.stream().limit(3)
                    .map(query -> "\"" + query.text() + "\"").collect(java.util.stream.Collectors.joining(", ")));

            Map<Integer, Latencies.Summary> peel = new HashMap<>();
            for (String auth : options.auth()) {
                String authorization = auth.equals("basic") ? server.basic() : server.bearer();
                PeelSearchClients clients = new PeelSearchClients(server, authorization, LIMIT);
                LoadClients.run(clients, 1, warmup.size(), warmup);
                // bcrypt on every request makes Basic runs slow; a quarter of the searches show its cost well enough.
                int perClient = auth.equals("basic") ? Math.max(1, options.queries() / 4) : options.queries();
                for (int count : options.clients()) {
                    LoadClients.Result result = LoadClients.run(clients, count, perClient, measured);
                    report("peel auth=" + auth, count, result, measured, rightAnswers);
                    if (auth.equals(options.auth().getFirst())) {
                        peel.put(count, result.summary());
                    }
                }
            }
            resources(server, launch, database, dataDir);
            if (options.baselines()) {
                baselines(server, measured, rightAnswers, peel);
            }
        }
        if (options.reindex()) {
            reindex(launch, dataDir);
        }
    }

    /** The population file in the data directory, generated unless an earlier run left the same one there. */
    private Path population(Path dataDir, SyntheticPopulation population) throws IOException {
        Files.createDirectories(dataDir.resolve("bench"));
        Path file = dataDir.resolve("bench").resolve("population-" + options.persons() + ".ndjson");
        Path manifest = dataDir.resolve("bench").resolve("population.properties");
        Properties wanted = new Properties();
        wanted.setProperty("persons", Long.toString(options.persons()));
        wanted.setProperty("seed", Long.toString(options.seed()));
        wanted.setProperty("duplicates", Double.toString(options.duplicates()));
        wanted.setProperty("names", population.names().description());
        if (Files.exists(manifest)) {
            Properties had = new Properties();
            try (var reader = Files.newBufferedReader(manifest)) {
                had.load(reader);
            }
            if (!had.equals(wanted)) {
                throw new IllegalArgumentException("the data directory " + dataDir + " holds another population (" + had
                        + "); use another --data-dir");
            }
            if (Files.exists(file)) {
                return file;
            }
        }
        out.printf("Generating %,d people into %s%n", options.persons(), file);
        PopulationGenerator.Written written = new PopulationGenerator(population).write(file);
        out.printf("generate persons=%d duplicates=%d seconds=%.1f records_per_s=%.0f%n", written.lines(),
                written.duplicates(), written.seconds(), written.lines() / written.seconds());
        try (var writer = Files.newBufferedWriter(manifest)) {
            wanted.store(writer, "the population generated for search-latency in this data directory");
        }
        return file;
    }

    private void load(PeelServer server, Connection database, Path file)
            throws IOException, InterruptedException, SQLException {
        long already = PopulationLoad.loaded(database);
        if (already >= options.persons()) {
            out.printf("The data directory already holds the %,d people; waiting for the search index%n", already);
            awaitStartupRebuild(server, database);
            return;
        }
        long skip = already / options.chunk() * options.chunk();
        out.printf("Loading %,d people through POST /api/v1/persons/import in chunks of %,d lines%s%n",
                options.persons() - skip, options.chunk(), skip > 0 ? " (resuming after line " + skip + ")" : "");
        PopulationLoad.Loaded loaded = new PopulationLoad(server, out).load(file, skip, options.chunk(), database);
        out.printf("index-build %s sent=%d accepted=%d rejected=%d import_s=%.0f import_persons_per_s=%.0f "
                        + "indexed_s=%.0f indexed_persons_per_s=%.0f%n", tag.substring("search-latency ".length()),
                loaded.sent(), loaded.accepted(), loaded.rejected(), loaded.importSeconds(),
                loaded.sent() / loaded.importSeconds(), loaded.indexedSeconds(), loaded.sent() / loaded.indexedSeconds());
    }

    /**
     * A kept data directory whose index disagrees with the records (for example copied without it) is rebuilt in
     * the background when Peel starts; measuring during that would measure the rebuild.
     */
    private void awaitStartupRebuild(PeelServer server, Connection database) throws IOException, SQLException {
        PopulationLoad.awaitIndexed(database, java.time.Duration.ofHours(3));
        Path log = server.log();
        for (int i = 0; i < 3 * 3600 * 2; i++) {
            String text = Files.readString(log);
            int disagreed = text.lastIndexOf("does not agree with the records");
            if (disagreed < 0 || text.indexOf("Rebuilt the person search index", disagreed) > 0) {
                return;
            }
            PeelServer.sleep(500);
        }
    }

    /** The ids of every record of each query's person, by the population line of their original record. */
    private static Map<Long, Set<String>> rightAnswers(Connection database, SyntheticPopulation population,
                                                      List<LatencyQueries.Query> queries) throws SQLException {
        Map<Long, Set<Long>> lines = LatencyQueries.recordsOfPeople(population, queries);
        Map<String, Long> personOfSource = new HashMap<>();
        lines.forEach((original, records) -> records.forEach(line -> personOfSource.put(SyntheticPopulation.sourceId(line), original)));
        Map<Long, Set<String>> ids = new HashMap<>();
        try (PreparedStatement select = database.prepareStatement(
                "select source_ref, person_id from person_source where source_system = ? and source_ref = any(?)")) {
            Array refs = database.createArrayOf("text", personOfSource.keySet().toArray());
            select.setString(1, PopulationLoad.SOURCE);
            select.setArray(2, refs);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.computeIfAbsent(personOfSource.get(rows.getString(1)), k -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        return ids;
    }

    private void report(String target, int clients, LoadClients.Result result, List<LatencyQueries.Query> queries,
                        Map<Long, Set<String>> rightAnswers) {
        int asked = result.answers().size();
        int top = 0;
        int ten = 0;
        for (int i = 0; i < asked; i++) {
            List<String> answer = result.answers().get(i);
            Set<String> right = rightAnswers.getOrDefault(queries.get(i).original(), Set.of());
            if (answer != null && !answer.isEmpty()) {
                top += right.contains(answer.getFirst()) ? 1 : 0;
                ten += answer.stream().anyMatch(right::contains) ? 1 : 0;
            }
        }
        out.printf("%s target=%s clients=%d %s found@1=%.3f found@10=%.3f load=%.1f%n", tag, target, clients,
                result.summary().keyValues(), (double) top / asked, (double) ten / asked, loadAverage());
        if (result.firstError() != null) {
            out.println("  first error: " + result.firstError());
        }
    }

    private void resources(PeelServer server, PeelServer.Launch launch, Connection database, Path dataDir)
            throws IOException, InterruptedException, SQLException {
        long[] heap = server.heap();
        server.collectGarbage(launch.java());
        long[] live = server.heap();
        long databaseBytes;
        try (Statement sql = database.createStatement();
             ResultSet size = sql.executeQuery("select pg_database_size(current_database())")) {
            size.next();
            databaseBytes = size.getLong(1);
        }
        out.printf("%s resources heap_used_mb=%d heap_live_after_gc_mb=%d heap_peak_after_gc_mb=%d heap_max_mb=%d "
                        + "index_mb=%d database_mb=%d%n", tag, heap[0] >> 20, live[0] >> 20,
                peakAfterCollections(dataDir.resolve("bench")), heap[1] >> 20,
                directorySize(dataDir.resolve("index")) >> 20, databaseBytes >> 20);
    }

    private void baselines(PeelServer server, List<LatencyQueries.Query> measured, Map<Long, Set<String>> rightAnswers,
                           Map<Integer, Latencies.Summary> peel) throws SQLException, IOException, InterruptedException {
        PostgresBaselines postgres = new PostgresBaselines(server.postgresPort());
        double seconds = postgres.prepare(options.persons());
        out.printf("Baselines: %s.person copied and indexed (trigram, dmetaphone, soundex, dob)%s%n", PostgresBaselines.SCHEMA,
                seconds > 0 ? " in %.0f s".formatted(seconds) : ", reused");
        Map<String, String> queries = Map.of("pg_trgm_dmetaphone", PostgresSearch.ANY_FIELD, "soundex_key",
                PostgresBaselines.SOUNDEX_KEY);
        for (String name : List.of("pg_trgm_dmetaphone", "soundex_key")) {
            LoadClients.Clients clients = postgres.clients(queries.get(name), LIMIT);
            LoadClients.run(clients, 1, Math.min(200, options.warmup()), measured);
            for (int count : options.clients()) {
                LoadClients.Result result = LoadClients.run(clients, count, options.baselineQueries(), measured);
                report(name, count, result, measured, rightAnswers);
                Latencies.Summary ours = peel.get(count);
                if (ours != null) {
                    out.printf("%s ratio=peel:%s clients=%d p50_ratio=%.2f p99_ratio=%.2f qps_ratio=%.3f%n", tag, name, count,
                            ours.p50() / result.summary().p50(), ours.p99() / result.summary().p99(),
                            ours.qps() / result.summary().qps());
                }
            }
        }
    }

    /** Times {@code peel reindex} on the stopped server's data directory. */
    private void reindex(PeelServer.Launch launch, Path dataDir) throws IOException, InterruptedException {
        out.println("Timing peel reindex on the stopped server's data directory");
        List<String> command = new ArrayList<>(List.of(launch.java().toString(), "-Xms" + options.heap(),
                "-Xmx" + options.heap(), "-jar", launch.jar().toString(), "reindex", "--peel.data-dir=" + dataDir));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        java.util.regex.Matcher rebuilt = java.util.regex.Pattern
                .compile("Rebuilt the person search index: (\\d+) people in (\\d+) ms").matcher(output);
        if (exit != 0 || !rebuilt.find()) {
            out.println("peel reindex failed (exit " + exit + "): " + output.substring(Math.max(0, output.length() - 2000)));
            return;
        }
        long people = Long.parseLong(rebuilt.group(1));
        double rebuild = Long.parseLong(rebuilt.group(2)) / 1000.0;
        out.printf("index-build %s reindex_people=%d reindex_s=%.0f reindex_persons_per_s=%.0f command_wall_s=%.0f%n",
                tag.substring("search-latency ".length()), people, rebuild, people / rebuild, wall);
    }

    /**
     * The most heap in use just after any collection, in MB, from the server's GC log ({@code 2493M->39M(4096M)}):
     * the most the server ever needed to keep, loading included, where heap used at one moment is mostly garbage.
     */
    static long peakAfterCollections(Path benchDir) throws IOException {
        java.util.regex.Pattern after = java.util.regex.Pattern.compile("->(\\d+)M\\(");
        long peak = 0;
        // This run's log only: the JVM moves an earlier run's aside to gc.log.0 when it starts.
        Path log = benchDir.resolve("gc.log");
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                java.util.regex.Matcher m = after.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
        }
        return peak;
    }

    /**
     * The machine's one-minute load average at the end of a run: the benchmark shares its two cores with whatever
     * else runs, and a figure measured under a load of 5 is not one measured on an idle machine.
     */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long directorySize(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}

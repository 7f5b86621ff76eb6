package uk.peel.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.peel.platform.command.CommandArguments;

/**
 * {@code peel bench ...}: the command-line entry to the benchmarks, run by the jar before Spring starts. Exit
 * status 0 when the benchmark ran (whether or not a target was met: the figures are the result), 2 when it could
 * not run.
 */
public final class Benchmarks {

    static final String USAGE = """
            Usage: peel bench search-quality [--quick] [--data DIR] [--misses FILE]
              --quick        1,000 FEBRL queries instead of 5,000, at most 250 of each substituted set (under a minute)
              --data DIR     directory with dataset4a.csv, dataset4b.csv and lastname_uk_variant.csv (default data/febrl)
              --misses FILE  also write every query Peel did not rank first, with both records' scores, as TSV
            Usage: peel bench generate --persons N [--out FILE] [--seed S] [--duplicates RATE] [--names DIR]
              --persons N       how many person records (lines) to write; 1m and 10m are read as millions
              --out FILE        the NDJSON file (default persons-N.ndjson); the ground truth goes beside it (.duplicates.csv)
              --seed S          the same seed gives the same population (default 20261124)
              --duplicates R    the share of records that are another record of someone already there (default 0.1)
              --names DIR       the shared name lists (default ../shared/data/names; the shipped lists if absent)
            Usage: peel bench search-latency --persons N [--clients 1,8] [--queries Q] [--data-dir D] [--keep] [options]
              --persons N       people to generate and load (1m, 10m...)
              --clients LIST    concurrent clients, one run each (default 1,8)
              --queries Q       searches per client in each run (default 1000), after --warmup W (default 500)
              --data-dir D      Peel's data directory: reused if it already holds the population, and kept
              --keep            keep the temporary data directory made when --data-dir is not given
              --heap SIZE       the server's heap, -Xms and -Xmx (default 4g)
              --auth LIST       bearer (a token from a stand-in identity provider) and/or basic (admin's password,
                                checked with bcrypt on every request); default bearer,basic
              --chunk N         lines per import request while loading (default 50000)
              --jfr FILE        record the server with Java Flight Recorder (profile settings) into FILE
              --no-baselines    skip the PostgreSQL trigram/dmetaphone and Soundex SQL baselines
              --baseline-queries B  searches per client for the baselines (default as --queries): fewer of the
                                same searches, for when the SQL is too slow to ask them all
              --no-reindex      skip timing peel reindex on the stopped server
              --seed S, --duplicates R, --names DIR   as for generate
            Usage: peel bench control-room [--quick] [--kill | --no-kill] [options]
              --quick           a short day for a quick check (200 incidents, 100 units, 5,000 people; 2-3 minutes)
              --incidents N     incidents in each replayed day (default 2000; about 10 status updates each)
              --units N         units put on the board (default 400, --quick 100)
              --boards N        live boards open on GET /control-room/events (default 50)
              --clients N       concurrent dispatcher/device clients replaying the day (default 8)
              --pace X          replay each day at X times its own rate of 2,000 incidents an hour (X=10: 20,000
                                an hour), latency counted from when each step was due; default: as fast as answered
              --search-clients N  person-search clients alongside the second run (default 2)
              --persons N       generated people loaded for the searches (default 50k, --quick 5k)
              --kill            also crash Peel (SIGKILL, with its PostgreSQL) in a third day and check nothing
                                acknowledged was lost (always in the full run; --no-kill skips it)
              --data-dir D      Peel's data directory (reused and kept); --keep keeps the temporary one
              --heap SIZE       the server's heap (default 2g)
              --jfr FILE        record the server with Java Flight Recorder into FILE
              --seed S, --names DIR   as for generate
            Usage: peel bench safeguarding [--quick] [options]
              --quick           a week at a large force's yearly rate (1,150 domestic-abuse, 770 other notices; about 3 minutes)
              --domestic-abuse N  domestic-abuse notices in the year (default 60000)
              --other N         other notices in the year (default 40000)
              --days N          days the notices are spread over (default 365, --quick 7)
              --scenario S      which simulated year to load into Peel: short (too little capacity, default) or enough
              --capacity-dau N, --capacity-mash N  triages a day for the short scenario (default 70% of the demand)
              --live N          notices raised over HTTP by officers after loading (default 400, --quick 40); a quarter
                                as many incidents with a domestic-abuse flag raise theirs through the event
              --data-dir D, --keep, --heap SIZE (default 2g, --quick 1g), --seed S
            Usage: peel bench crime-year [--quick] [--incidents N] [--crime-share F] [--year Y] [--seed S] [--data-dir D] [--keep]
                                         [--workers N] [--window MINUTES] [--for MINUTES] [--resume]
              --quick           5,000 incidents instead of a year of a large force's 1,000,000
              --incidents N     incidents in the simulated year (1m is read as a million)
              --crime-share F   the share closed as crime-related (default 0.4)
              --year Y          the year simulated (default 2025)
              --data-dir D      the embedded database's directory (kept); --keep keeps the temporary one
              --bulk N          first load N crime-related closures with decisions and crimes straight into the
                                database (400k for a large force's year), to time the reconciliation at that volume
              --workers N       threads running different incidents' steps side by side (default one per core, at most 4)
              --window MINUTES  simulated minutes run between two barriers, 1 to 5 (default 1: every date within a
                                minute of its plan, no decision moved across the 24-hour deadline)
              --for MINUTES     stop after this many wall-clock minutes at the next barrier, with a checkpoint in the
                                --data-dir (required), so the year can be run in segments
              --resume          go on with the run stopped (or crashed) in --data-dir, with the same --incidents,
                                --seed, --year, --crime-share and --bulk; the summary counts all segments""";

    private Benchmarks() {
    }

    /** {@code bench crime-year}: runs Peel itself in this process (the application class is the caller's). */
    public static int crimeYear(Class<?> application, String[] args) {
        CrimeYear.Options options;
        try {
            options = crimeYearOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench crime-year: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        quietLibraryLogging();
        try {
            String summary = new CrimeYear(options, System.out).run(application);
            System.out.println(summary);
            return 0;
        } catch (CrimeYear.Refused e) {
            System.err.println("peel bench crime-year: " + e.getMessage());
            return 2;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("peel bench crime-year failed: " + e);
            e.printStackTrace();
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    static CrimeYear.Options crimeYearOptions(String[] args) {
        CommandArguments given = CommandArguments.read(args, 2, List.of("--incidents", "--crime-share", "--year", "--seed", "--data-dir", "--bulk",
                "--workers", "--window", "--for"), List.of("--quick", "--keep", "--resume"), false);
        CrimeYear.Options d = CrimeYear.defaults(given.flag("--quick"));
        int workers = given.value("--workers").map(Integer::parseInt).orElse(d.workers());
        if (workers < 1 || workers > 32) {
            throw new IllegalArgumentException("--workers is a number of threads from 1 to 32");
        }
        Duration window = d.window();
        if (given.value("--window").isPresent()) {
            window = Duration.ofMillis(Math.round(minutes(given, "--window") * 60_000));
            if (window.compareTo(CrimeYear.WINDOW_AT_MOST) > 0) {
                throw new IllegalArgumentException("--window is at most " + CrimeYear.WINDOW_AT_MOST.toMinutes()
                        + " minutes: a wider window could run two steps of one incident side by side");
            }
        }
        Duration runFor = given.value("--for").isPresent() ? Duration.ofMillis(Math.round(minutes(given, "--for") * 60_000)) : null;
        boolean resume = given.flag("--resume");
        if ((runFor != null || resume) && given.value("--data-dir").isEmpty()) {
            throw new IllegalArgumentException((resume ? "--resume" : "--for") + " needs --data-dir D: the database and the "
                    + "checkpoint a run in segments goes on from");
        }
        double share = given.value("--crime-share").map(Double::parseDouble).orElse(d.crimeShare());
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("--crime-share is a fraction such as 0.4");
        }
        return new CrimeYear.Options(d.quick(), given.value("--incidents").map(Benchmarks::count).orElse(d.incidents()), share,
                given.value("--year").map(Integer::parseInt).orElse(d.year()),
                given.value("--seed").map(Long::parseLong).orElse(d.seed()),
                given.value("--data-dir").map(Path::of).orElse(null), given.flag("--keep"),
                given.value("--bulk").map(Benchmarks::count).orElse(0L), workers, window, runFor, resume);
    }

    private static double minutes(CommandArguments given, String name) {
        String value = given.value(name).orElseThrow();
        try {
            double minutes = Double.parseDouble(value);
            if (minutes > 0 && Double.isFinite(minutes)) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " is a number of minutes greater than 0, such as 120, not '" + value + "'");
    }

    /** {@code args} as the jar got them: {@code bench search-quality [options]}. */
    public static int run(String[] args) {
        if (args.length >= 2 && args[1].equals("generate")) {
            return generate(args);
        }
        if (args.length >= 2 && args[1].equals("search-latency")) {
            return searchLatency(args);
        }
        if (args.length >= 2 && args[1].equals("control-room")) {
            return controlRoom(args);
        }
        if (args.length >= 2 && args[1].equals("safeguarding")) {
            return safeguarding(args);
        }
        if (args.length < 2 || !args[1].equals("search-quality")) {
            System.err.println(args.length < 2 ? USAGE : "peel bench: unknown benchmark '" + args[1] + "'\n" + USAGE);
            return 2;
        }
        SearchQuality.Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench search-quality: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (!SearchQuality.dataPresent(options.data())) {
            System.err.println("peel bench search-quality: no FEBRL data in " + options.data().toAbsolutePath()
                    + " (run from the repository root, or give --data DIR)");
            return 2;
        }
        quietLibraryLogging();
        try {
            new SearchQuality(options, System.out).run();
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("peel bench search-quality failed: " + e);
            return 2;
        }
    }

    private static int generate(String[] args) {
        PopulationGenerator.Options options;
        try {
            options = generateOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench generate: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            PopulationGenerator.run(options, System.out);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("peel bench generate failed: " + e);
            return 2;
        }
    }

    private static int searchLatency(String[] args) {
        SearchLatency.Options options;
        try {
            options = latencyOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench search-latency: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        quietLibraryLogging();
        try {
            new SearchLatency(options, System.out).run();
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("peel bench search-latency failed: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static int controlRoom(String[] args) {
        ControlRoomLoad.Options options;
        try {
            options = controlRoomOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench control-room: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        quietLibraryLogging();
        try {
            String summary = new ControlRoomLoad(options, System.out).run();
            System.out.println(summary);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("peel bench control-room failed: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static int safeguarding(String[] args) {
        SafeguardingLoad.Options options;
        try {
            options = safeguardingOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println("peel bench safeguarding: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        quietLibraryLogging();
        try {
            String summary = new SafeguardingLoad(options, System.out).run();
            System.out.println(summary);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("peel bench safeguarding failed: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    static SafeguardingLoad.Options safeguardingOptions(String[] args) {
        CommandArguments given = CommandArguments.read(args, 2, List.of("--domestic-abuse", "--other", "--days", "--scenario", "--capacity-dau",
                "--capacity-mash", "--live", "--data-dir", "--heap", "--seed"), List.of("--quick", "--keep"), false);
        SafeguardingLoad.Options d = SafeguardingLoad.defaults(given.flag("--quick"));
        String scenario = given.value("--scenario").orElse(d.scenario());
        if (!List.of("short", "enough").contains(scenario)) {
            throw new IllegalArgumentException("--scenario is short or enough, not " + scenario);
        }
        String heap = given.value("--heap").orElse(d.heap());
        if (!heap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("--heap is a JVM size such as 2g, not " + heap);
        }
        return new SafeguardingLoad.Options(d.quick(),
                given.value("--domestic-abuse").map(v -> Math.toIntExact(count(v))).orElse(d.domesticAbuse()),
                given.value("--other").map(v -> Math.toIntExact(count(v))).orElse(d.other()),
                given.value("--days").map(v -> Math.toIntExact(count(v))).orElse(d.days()), scenario,
                given.value("--capacity-dau").map(v -> Math.toIntExact(count(v))).orElse(null),
                given.value("--capacity-mash").map(v -> Math.toIntExact(count(v))).orElse(null),
                given.value("--live").map(v -> Math.toIntExact(count(v))).orElse(d.live()),
                given.value("--data-dir").map(Path::of).orElse(null), given.flag("--keep"), heap,
                given.value("--seed").map(Long::parseLong).orElse(d.seed()));
    }

    static ControlRoomLoad.Options controlRoomOptions(String[] args) {
        CommandArguments given = CommandArguments.read(args, 2, List.of("--incidents", "--units", "--boards", "--clients", "--search-clients",
                "--persons", "--data-dir", "--heap", "--seed", "--names", "--jfr", "--pace"), List.of("--quick", "--kill", "--no-kill", "--keep"), false);
        if (given.flag("--kill") && given.flag("--no-kill")) {
            throw new IllegalArgumentException("--kill and --no-kill contradict each other");
        }
        ControlRoomLoad.Options d = ControlRoomLoad.defaults(given.flag("--quick"));
        String heap = given.value("--heap").orElse(d.heap());
        if (!heap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("--heap is a JVM size such as 2g, not " + heap);
        }
        int units = given.value("--units").map(v -> Math.toIntExact(count(v))).orElse(d.units());
        int clients = given.value("--clients").map(v -> Math.toIntExact(count(v))).orElse(d.clients());
        if (units < clients) {
            throw new IllegalArgumentException("each client needs a unit of its own: --units at least --clients (" + clients + ")");
        }
        return new ControlRoomLoad.Options(d.quick(),
                given.value("--incidents").map(v -> Math.toIntExact(count(v))).orElse(d.incidents()), units,
                given.value("--boards").map(v -> Math.toIntExact(count(v))).orElse(d.boards()), clients,
                given.value("--search-clients").map(v -> Math.toIntExact(count(v))).orElse(d.searchClients()),
                given.value("--persons").map(Benchmarks::count).orElse(d.persons()),
                given.value("--data-dir").map(Path::of).orElse(null), given.flag("--keep"), heap,
                given.flag("--kill") || (d.kill() && !given.flag("--no-kill")),
                given.value("--seed").map(Long::parseLong).orElse(d.seed()),
                given.value("--names").map(Path::of).orElse(d.names()), given.value("--jfr").map(Path::of).orElse(null),
                given.value("--pace").map(Benchmarks::pace).orElse(0.0));
    }

    private static double pace(String value) {
        double pace;
        try {
            pace = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--pace is how many busy-day hours to replay an hour, such as 10, not " + value);
        }
        if (!(pace > 0) || Double.isInfinite(pace)) {
            throw new IllegalArgumentException("--pace must be more than 0, not " + value);
        }
        return pace;
    }

    static SearchLatency.Options latencyOptions(String[] args) {
        CommandArguments given = CommandArguments.read(args, 2, List.of("--persons", "--clients", "--queries", "--warmup", "--data-dir",
                "--heap", "--seed", "--duplicates", "--names", "--chunk", "--auth", "--jfr", "--baseline-queries"), List.of("--keep", "--no-baselines", "--no-reindex"), false);
        long persons = count(given.required("--persons", "how many people"));
        List<Integer> clients = Arrays.stream(given.value("--clients").orElse("1,8").split(","))
                .map(c -> Math.toIntExact(count(c))).toList();
        List<String> auth = Arrays.stream(given.value("--auth").orElse("bearer,basic").split(",")).map(String::strip).toList();
        if (auth.isEmpty() || !List.of("bearer", "basic").containsAll(auth)) {
            throw new IllegalArgumentException("--auth takes bearer, basic or both, not " + auth);
        }
        String heap = given.value("--heap").orElse("4g");
        if (!heap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("--heap is a JVM size such as 4g, not " + heap);
        }
        int queries = Math.toIntExact(count(given.value("--queries").orElse("1000")));
        int baselineQueries = given.value("--baseline-queries").map(b -> Math.toIntExact(count(b))).orElse(queries);
        if (baselineQueries > queries) {
            throw new IllegalArgumentException("--baseline-queries can be at most --queries (" + queries + ")");
        }
        return new SearchLatency.Options(persons, clients, queries,
                Math.toIntExact(given.value("--warmup").map(Long::parseLong).orElse(500L)),
                given.value("--data-dir").map(Path::of).orElse(null), given.flag("--keep"), heap,
                given.value("--seed").map(Long::parseLong).orElse(PopulationGenerator.Options.DEFAULT_SEED),
                given.value("--duplicates").map(Double::parseDouble).orElse(PopulationGenerator.Options.DEFAULT_DUPLICATES),
                given.value("--names").map(Path::of).orElse(NameLists.SHARED),
                Math.toIntExact(count(given.value("--chunk").orElse("50000"))), auth,
                given.value("--jfr").map(Path::of).orElse(null), !given.flag("--no-baselines"), baselineQueries,
                !given.flag("--no-reindex"));
    }

    static PopulationGenerator.Options generateOptions(String[] args) {
        CommandArguments given = CommandArguments.read(args, 2, List.of("--persons", "--out", "--seed", "--duplicates", "--names"), List.of(), false);
        long persons = count(given.required("--persons", "how many people"));
        Path out = given.value("--out").map(Path::of).orElse(Path.of("persons-" + persons + ".ndjson"));
        long seed = given.value("--seed").map(Long::parseLong).orElse(PopulationGenerator.Options.DEFAULT_SEED);
        double duplicates = given.value("--duplicates").map(Double::parseDouble)
                .orElse(PopulationGenerator.Options.DEFAULT_DUPLICATES);
        Path names = given.value("--names").map(Path::of).orElse(NameLists.SHARED);
        return new PopulationGenerator.Options(persons, out, seed, duplicates, names);
    }

    /** A count such as {@code 50000}, {@code 50k}, {@code 1m} or {@code 10M}. */
    static long count(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace("_", "").replace(",", "");
        long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        try {
            long n = Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
            if (n < 1) {
                throw new IllegalArgumentException("expected a positive count, not '" + text + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a count such as 1000000 or 1m, not '" + text + "'");
        }
    }

    static SearchQuality.Options options(String[] args) {
        Path data = Path.of("data", "febrl");
        Path misses = null;
        boolean quick = false;
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--data") || arg.equals("--misses")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                Path value = Path.of(args[++i]);
                if (arg.equals("--data")) {
                    data = value;
                } else {
                    misses = value;
                }
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.startsWith("--misses=")) {
                misses = Path.of(arg.substring("--misses=".length()));
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
        return new SearchQuality.Options(data, quick, misses);
    }

    /** The report is the output; the embedded database's start-up chatter would bury it. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}

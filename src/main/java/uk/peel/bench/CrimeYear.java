package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.peel.crime.ChangeRequest;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimeId;
import uk.peel.crime.CrimeReconciliation;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.DecisionStatus;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotACrimeReason;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.RecordCrimeRequest;
import uk.peel.crime.ReconciliationReport;
import uk.peel.crime.RecordingDecision;
import uk.peel.crime.ReferralIntake;
import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentId;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;

/**
 * {@code peel bench crime-year}: a year of a force's demand through the services Peel's screens and API use —
 * calls opened and closed by dispatchers, crime-related closures taken into recording decisions by crime
 * recording's own listener and sweep, decisions made by investigators (recorded, one crime per victim, or not a
 * crime), and later reclassifications and cancellations asked for by investigators and answered by designated
 * decision makers — on its own embedded database, with Peel's clock moved through the simulated year. Then the
 * reconciliation runs over the whole year and must find nothing unexplained. Ends with one summary line.
 */
final class CrimeYear {

    /**
     * @param bulk    crime-related closures loaded straight into the database first (see {@link BulkYear}), 0 for none
     * @param workers threads running the steps of different incidents within a window
     * @param window  simulated time a window spans (see {@link #WINDOW_AT_MOST})
     * @param runFor  wall-clock time after which the run stops at the next window's end, checkpointed; null: to the end
     * @param resume  go on from the checkpoint in {@code dataDir}
     */
    record Options(boolean quick, long incidents, double crimeShare, int year, long seed, Path dataDir, boolean keep, long bulk,
                   int workers, Duration window, Duration runFor, boolean resume) {
    }

    static Options defaults(boolean quick) {
        return new Options(quick, quick ? 5_000 : 1_000_000, 0.4, 2025, 20261124L, null, false, 0,
                DEFAULT_WORKERS, Duration.ofMinutes(1), null, false);
    }

    /**
     * One worker per core, at most four: on 2 cores, 2 workers ran 1.21 times as many incidents a second as 1, and 3 no
     * more than 2 (docs/benchmarks.md); the database shares the cores, so more threads only queue for it.
     */
    static final int DEFAULT_WORKERS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    /**
     * The widest window allowed. Every step of an incident's chain comes at least five simulated minutes after the
     * one before (call to closure ten minutes at least, closure to decision five, decision to change a day), so
     * with windows of five minutes or less a step's successor always falls in a later window: one incident's steps
     * never run side by side.
     */
    static final Duration WINDOW_AT_MOST = Duration.ofMinutes(5);

    /** A refusal of the options given, said before anything runs. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private sealed interface Step permits Call, Close, Decide, Change {
        Instant at();

        long number();
    }

    private record Call(Instant at, long number) implements Step {
    }

    private record Close(Instant at, long number, IncidentId incident, String category) implements Step {
    }

    private record Decide(Instant at, long number, IncidentId incident, String category) implements Step {
    }

    /** @param index which of its decision's crimes this is, so its draws are its own */
    private record Change(Instant at, long number, CrimeId crime, String classification, CrimeYearPlan.Later what, int index)
            implements Step {
    }

    private static final Duration SWEEP_EVERY = Duration.ofDays(1);
    /** How often (wall clock) a long run checkpoints between windows, so a crash loses at most this much work. */
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(30);
    /** The high-water mark is written this far ahead of the window being run, so it is written once an hour. */
    private static final Duration REACHED_AHEAD = Duration.ofHours(1);
    static final String REACHED_FILE = "crime-year-reached";

    private final Options options;
    private final PrintStream out;
    private final CrimeYearPlan plan;
    private final SimulatedClock clock;
    private final AtomicLong crimeRelated = new AtomicLong();
    private final AtomicLong recordedDecisions = new AtomicLong();
    private final AtomicLong notCrimes = new AtomicLong();
    private final AtomicLong crimes = new AtomicLong();
    private final AtomicLong reclassified = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    /** Steps scheduled by the steps of the window being run; into the queue at the window's end. */
    private final Queue<Step> born = new ConcurrentLinkedQueue<>();
    private final CrimeYearCheckpoint checkpoint;
    /**
     * With a resume: how far the stopped process may have gone (its high-water mark). Steps before it may have
     * been done after the checkpoint was written, so each looks for its own work before doing it.
     */
    private final Instant reached;
    private Instant reachedWritten = Instant.MIN;
    private List<UUID> people;
    private Incidents incidents;
    private CrimeRecordingDecisions decisions;
    private Crimes crimeRecords;
    private ReferralIntake intake;
    private NotifiableOffences offences;

    CrimeYear(Options options, PrintStream out) throws IOException {
        this.options = options;
        this.out = out;
        this.plan = new CrimeYearPlan(options.seed(), options.year(), options.crimeShare());
        Optional<CrimeYearCheckpoint> found = options.dataDir() == null ? Optional.empty()
                : CrimeYearCheckpoint.read(options.dataDir().toAbsolutePath());
        if (options.resume()) {
            this.checkpoint = found.orElseThrow(() -> new Refused("--resume: there is no crime-year checkpoint in "
                    + options.dataDir() + " (a run given --for MINUTES with --data-dir D leaves one when it stops)"));
            checkpoint.mismatch(options).ifPresent(why -> {
                throw new Refused("--resume: " + why + "; a resumed run must repeat the options the year was started with");
            });
            Path reachedFile = options.dataDir().toAbsolutePath().resolve(REACHED_FILE);
            this.reached = readReached(reachedFile, out);
            this.clock = new SimulatedClock(Instant.ofEpochSecond(checkpoint.clock()));
        } else {
            if (found.isPresent()) {
                throw new Refused(options.dataDir() + " holds an unfinished crime-year run (" + CrimeYearCheckpoint.FILE
                        + "): add --resume to go on with it, or give another --data-dir");
            }
            this.checkpoint = null;
            this.reached = null;
            this.clock = new SimulatedClock(plan.start().minus(Duration.ofDays(1)));
        }
    }

    String run(Class<?> application) throws IOException, InterruptedException, SQLException {
        return BenchDirectory.use(options.dataDir(), options.keep(), "crime-year", out, "", dataDir -> {
            out.printf("crime-year: %,d incidents in %d on %s%s, %d worker%s%n", options.incidents(), options.year(), dataDir,
                    checkpoint == null ? "" : ", resuming segment " + (checkpoint.segments() + 1) + " at simulated "
                            + Instant.ofEpochSecond(checkpoint.clock()), options.workers(), options.workers() == 1 ? "" : "s");
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                    .run("--peel.data-dir=" + dataDir, "--peel.demo.enabled=false", "--peel.search.check-on-start=false",
                            "--peel.crime.reconcile-first-after=100000h", "--logging.level.root=WARN");
            ExecutorService workers = options.workers() > 1 ? Executors.newFixedThreadPool(options.workers()) : null;
            try {
                return simulate(context, dataDir, workers);
            } finally {
                if (workers != null) {
                    workers.shutdownNow();
                }
                SpringApplication.exit(context);
            }
        });
    }

    private String simulate(ConfigurableApplicationContext context, Path dataDir, ExecutorService workers)
            throws IOException, InterruptedException {
        incidents = context.getBean(Incidents.class);
        decisions = context.getBean(CrimeRecordingDecisions.class);
        crimeRecords = context.getBean(Crimes.class);
        intake = context.getBean(ReferralIntake.class);
        offences = context.getBean(NotifiableOffences.class);

        PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::number));
        long calls;
        Instant nextSweep;
        double earlierSeconds;
        int segment;
        if (checkpoint == null) {
            if (options.bulk() > 0) {
                long loading = System.nanoTime();
                long bulkCrimes = new BulkYear(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class))
                        .load(options.bulk(), plan.start(), plan.end());
                out.printf("crime-year: bulk-loaded %,d crime-related closures with their decisions and %,d crimes in %.0f s%n",
                        options.bulk(), bulkCrimes, (System.nanoTime() - loading) / 1e9);
            }
            people = people(context.getBean(PersonRecords.class), (int) Math.clamp(options.incidents() / 20, 50, 5_000));
            settle(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class));
            calls = 0;
            // Peel sweeps every minute; the simulation sweeps once a simulated day, which is enough to take anything the
            // listener missed and keeps a short run from being all sweeps.
            nextSweep = plan.start().plus(SWEEP_EVERY);
            earlierSeconds = 0;
            segment = 1;
            Files.deleteIfExists(dataDir.resolve(REACHED_FILE));
            // The first checkpoint: from here on a stopped or crashed run can always be resumed.
            checkpoint(dataDir, steps, calls, nextSweep, 0, segment);
        } else {
            people = checkpoint.people();
            calls = checkpoint.nextCall();
            nextSweep = Instant.ofEpochSecond(checkpoint.nextSweep());
            earlierSeconds = checkpoint.runSeconds();
            segment = checkpoint.segments() + 1;
            restore(checkpoint, steps);
            // Work left outstanding by the last segment (its listeners' publications, replayed at start) is finished
            // before this segment's clock starts, so a segment times the year and not the previous one's tail.
            settle(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class));
        }
        long started = System.nanoTime();
        long stopAt = options.runFor() == null ? Long.MAX_VALUE : started + options.runFor().toNanos();
        long nextCheckpoint = started + CHECKPOINT_EVERY.toNanos();
        Instant nextCall = calls < options.incidents() ? plan.callAt(calls, options.incidents()) : null;
        long reported = calls;
        List<Step> window = new ArrayList<>();
        while (calls < options.incidents() || !steps.isEmpty()) {
            Instant first = steps.isEmpty() || (nextCall != null && nextCall.isBefore(steps.peek().at())) ? nextCall : steps.peek().at();
            while (!first.isBefore(nextSweep)) {
                clock.moveTo(nextSweep);
                intake.sweep();
                nextSweep = nextSweep.plus(SWEEP_EVERY);
            }
            // A window: every step due before its end runs now, on the workers, in any order, and the clock only
            // moves forward, so a step may be dated up to one window later than planned. With one-minute windows that
            // is under a minute against the 24-hour recording deadline, and the plan keeps its decisions at least a
            // minute either side of the deadline, so no decision in time becomes late or the other way about; every
            // date stays within a minute of its plan, closures before decisions, decisions before changes.
            Instant end = first.plus(options.window());
            if (end.isAfter(nextSweep)) {
                end = nextSweep;
            }
            window.clear();
            while (nextCall != null && nextCall.isBefore(end)) {
                window.add(new Call(nextCall, calls++));
                nextCall = calls < options.incidents() ? plan.callAt(calls, options.incidents()) : null;
            }
            while (!steps.isEmpty() && steps.peek().at().isBefore(end)) {
                window.add(steps.poll());
            }
            markReached(dataDir, end);
            runWindow(window, workers);
            steps.addAll(born);
            born.clear();
            if (calls - reported >= Math.max(1, options.incidents() / 10)) {
                reported = calls;
                out.printf("crime-year: %,d incidents, %,d crimes, simulated %s, %.0f s%n", calls, crimes.get(),
                        end.toString().substring(0, 10), earlierSeconds + (System.nanoTime() - started) / 1e9);
            }
            long now = System.nanoTime();
            boolean stopping = now >= stopAt && (calls < options.incidents() || !steps.isEmpty());
            if (stopping || now >= nextCheckpoint) {
                checkpoint(dataDir, steps, calls, nextSweep, earlierSeconds + (now - started) / 1e9, segment);
                nextCheckpoint = now + CHECKPOINT_EVERY.toNanos();
            }
            if (stopping) {
                // Stopped cleanly: nothing ran past the checkpoint, so the next segment need look for nothing.
                Files.deleteIfExists(dataDir.resolve(REACHED_FILE));
                return String.format(Locale.ROOT,
                        "crime-year stopped segment=%d incidents_so_far=%d of %d simulated_to=%s crimes_so_far=%d run_s=%.1f "
                                + "segment_s=%.1f segment_incidents_per_s=%.0f: resume with --resume --data-dir %s",
                        segment, calls, options.incidents(), clock.instant(), crimes.get(), earlierSeconds + (now - started) / 1e9,
                        (now - started) / 1e9, (calls - (checkpoint == null ? 0 : checkpoint.nextCall())) / ((now - started) / 1e9),
                        dataDir);
            }
        }
        double runSeconds = earlierSeconds + (System.nanoTime() - started) / 1e9;
        clock.moveTo(plan.end().plus(Duration.ofDays(3)));
        intake.sweep();
        ReconciliationReport report = as("bench-registrar", Role.CRIME_REGISTRAR,
                () -> context.getBean(CrimeReconciliation.class).reconcile());
        out.println(report.summary());
        // Calls run again after a crash must have found their incidents, not opened them twice.
        out.printf("crime-year: the database holds %d incidents%n", context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from incident").query(Long.class).single());
        report.findings().stream().filter(f -> f.kind().unexplained()).limit(20)
                .forEach(f -> out.println("unexplained: " + f.kind() + " " + f.reference() + ": " + f.detail()));
        // The year is done: what is left in the directory is a finished year, not one to resume.
        CrimeYearCheckpoint.remove(dataDir);
        Files.deleteIfExists(dataDir.resolve(REACHED_FILE));
        return String.format(Locale.ROOT,
                "crime-year incidents=%d%s crime_related=%d decisions=%d recorded=%d not_a_crime=%d crimes=%d reclassified=%d "
                        + "cancelled=%d refused=%d late=%d exceptions=%d unexplained=%d segments=%d run_s=%.1f incidents_per_s=%.0f reconcile_s=%.2f",
                options.incidents(), options.bulk() > 0 ? " bulk_closures=" + options.bulk() : "", crimeRelated.get(), report.decisions(),
                recordedDecisions.get(), notCrimes.get(), report.crimes(), reclassified.get(),
                cancelled.get(), refused.get(), report.count(ReconciliationReport.Kind.DECISION_LATE), report.exceptions(),
                report.unexplained(), segment, runSeconds, options.incidents() / runSeconds, report.took().toMillis() / 1000.0);
    }

    /**
     * Waits for the work the people's records set off in other modules (search indexing and duplicate checks, one
     * Lucene commit each) to finish before the clock starts: otherwise the first minutes of the year run beside a
     * backlog of thousands of indexings, and a short measured segment times that rather than the year.
     */
    private void settle(org.springframework.jdbc.core.simple.JdbcClient jdbc) throws InterruptedException {
        long waiting = System.nanoTime();
        long giveUp = waiting + Duration.ofMinutes(15).toNanos();
        long outstanding = Long.MAX_VALUE;
        int still = 0;
        // Done when nothing is outstanding, or when nothing has moved for five seconds: publications a killed run left
        // failed are not a backlog being worked through (the sweep, not the listener, takes their referrals).
        while (System.nanoTime() < giveUp && still < 5) {
            long now = jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
            if (now == 0) {
                break;
            }
            still = now < outstanding ? 0 : still + 1;
            outstanding = Math.min(outstanding, now);
            Thread.sleep(1_000);
        }
        out.printf("crime-year: %,d people on record; work outstanding in other modules (indexing them) finished after %.0f s, "
                + "before the clock starts%n", people.size(), (System.nanoTime() - waiting) / 1e9);
    }

    /** Runs a window's steps, on the workers when there are any; returns when every one has committed. */
    private void runWindow(List<Step> window, ExecutorService workers) throws InterruptedException {
        if (workers == null || window.size() == 1) {
            for (Step step : window) {
                run(step);
            }
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>(window.size());
        for (Step step : window) {
            tasks.add(() -> {
                run(step);
                return null;
            });
        }
        for (Future<Void> done : workers.invokeAll(tasks)) {
            try {
                done.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void run(Step step) {
        clock.moveTo(step.at());
        boolean lookFirst = reached != null && step.at().isBefore(reached);
        switch (step) {
            case Call call -> open(call, lookFirst);
            case Close close -> close(close, lookFirst);
            case Decide decide -> decide(decide, lookFirst);
            case Change change -> change(change, lookFirst);
        }
    }

    /**
     * How far the last process may have got, or null when it wrote no mark. A mark that cannot be read (written by
     * a run from before marks were replaced whole, and killed while writing it) is taken as the year's end: every
     * step then looks for its own work before doing it, which is slower but never does a step twice.
     */
    static Instant readReached(Path file, PrintStream out) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String text = Files.readString(file).strip();
        try {
            return Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException e) {
            out.printf("crime-year: the high-water mark %s reads \"%s\", not a time; every step looks for its own work first%n",
                    file, text);
            return Instant.MAX;
        }
    }

    /**
     * Writes how far this process may get before its next checkpoint: the end of the window about to run, rounded up
     * an hour so it is written once a simulated hour rather than every window.
     */
    private void markReached(Path dataDir, Instant end) throws IOException {
        if (end.isAfter(reachedWritten)) {
            reachedWritten = end.plus(REACHED_AHEAD);
            uk.peel.platform.FileReplacement.replace(dataDir.resolve(REACHED_FILE),
                    Long.toString(reachedWritten.getEpochSecond()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** @param segment this process's segment: a crash after this checkpoint resumes as the one after it */
    private void checkpoint(Path dataDir, PriorityQueue<Step> steps, long calls, Instant nextSweep, double runSeconds,
                            int segment) throws IOException {
        List<CrimeYearCheckpoint.Pending> pending = new ArrayList<>(steps.size());
        for (Step step : steps) {
            pending.add(switch (step) {
                case Call call -> throw new IllegalStateException("calls are never in flight: " + call);
                case Close c -> new CrimeYearCheckpoint.Pending("CLOSE", c.at().getEpochSecond(), c.number(), c.incident().value(),
                        c.category(), null, null, null, 0);
                case Decide d -> new CrimeYearCheckpoint.Pending("DECIDE", d.at().getEpochSecond(), d.number(), d.incident().value(),
                        d.category(), null, null, null, 0);
                case Change c -> new CrimeYearCheckpoint.Pending("CHANGE", c.at().getEpochSecond(), c.number(), null, null,
                        c.crime().value(), c.classification(), c.what().name(), c.index());
            });
        }
        new CrimeYearCheckpoint(options.incidents(), options.seed(), options.year(), options.crimeShare(), options.bulk(),
                calls, nextSweep.getEpochSecond(), clock.instant().getEpochSecond(), runSeconds, segment,
                new CrimeYearCheckpoint.Counts(crimeRelated.get(), recordedDecisions.get(), notCrimes.get(), crimes.get(),
                        reclassified.get(), cancelled.get(), refused.get()),
                people, pending).write(dataDir);
    }

    private void restore(CrimeYearCheckpoint saved, PriorityQueue<Step> steps) {
        CrimeYearCheckpoint.Counts counts = saved.counts();
        crimeRelated.set(counts.crimeRelated());
        recordedDecisions.set(counts.recordedDecisions());
        notCrimes.set(counts.notCrimes());
        crimes.set(counts.crimes());
        reclassified.set(counts.reclassified());
        cancelled.set(counts.cancelled());
        refused.set(counts.refused());
        for (CrimeYearCheckpoint.Pending p : saved.steps()) {
            Instant at = Instant.ofEpochSecond(p.at());
            steps.add(switch (p.kind()) {
                case "CLOSE" -> new Close(at, p.number(), new IncidentId(p.incident()), p.category());
                case "DECIDE" -> new Decide(at, p.number(), new IncidentId(p.incident()), p.category());
                case "CHANGE" -> new Change(at, p.number(), new CrimeId(p.crime()), p.classification(),
                        CrimeYearPlan.Later.valueOf(p.what()), p.index());
                default -> throw new IllegalStateException("unknown step in the checkpoint: " + p.kind());
            });
        }
    }

    private List<UUID> people(PersonRecords persons, int count) {
        String[] forenames = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Grace", "Muhammad",
                "Freya", "Leo", "Lily", "Harry", "Ella", "Jack", "Ivy", "Charlie", "Sophia", "Oscar"};
        String[] surnames = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
                "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Lewis"};
        clock.moveTo(plan.start().minus(Duration.ofHours(12)));
        List<UUID> ids = new ArrayList<>(count);
        as("bench-investigator", Role.INVESTIGATOR, () -> {
            for (int i = 0; i < count; i++) {
                ids.add(persons.record(new PersonDetails(forenames[plan.pick(forenames.length)], surnames[plan.pick(surnames.length)],
                        null, null, null, null, null, null, null, null)).id().value());
            }
            return null;
        });
        return ids;
    }

    /**
     * A call: an incident opened by a call handler. A call run again after a crash finds the incident it opened before
     * (same call time, same drawn position) instead of opening a second one.
     */
    private void open(Call call, boolean lookFirst) {
        CrimeYearPlan draws = plan.forStep(call.number(), CrimeYearPlan.Draw.CALL, 0);
        boolean crime = draws.crimeRelated();
        String category = crime ? draws.crimeCategory() : draws.otherCategory();
        double latitude = draws.latitude();
        double longitude = draws.longitude();
        String grade = draws.pick(2) == 0 ? "2" : "3";
        Duration toClose = draws.toClose();
        Incident incident = lookFirst ? incidents.createdSince(call.at()).stream()
                .filter(i -> call.at().equals(i.callStartedAt()) && i.location().latitude() != null
                        && i.location().latitude() == latitude && i.location().longitude() == longitude)
                .findFirst().orElse(null) : null;
        if (incident == null) {
            incident = as("bench-handler", Role.CALL_HANDLER, () -> incidents.open(new CallReport(call.at(), null,
                    new IncidentLocation(null, null, latitude, longitude), category, grade, null, Set.of(), null, null)));
        }
        born.add(new Close(call.at().plus(toClose), call.number(), incident.id(), category));
    }

    private void close(Close close, boolean lookFirst) {
        Incident closed = lookFirst ? incidents.find(close.incident()) : null;
        if (closed == null || closed.closure() == null) {
            closed = as("bench-dispatcher", Role.DISPATCHER, () -> incidents.close(close.incident(),
                    new Incidents.ClosureRequest(close.category(), List.of(), "Dealt with")));
        }
        if (closed.closure().crimeRelated()) {
            crimeRelated.incrementAndGet();
            born.add(new Decide(close.at().plus(plan.forStep(close.number(), CrimeYearPlan.Draw.CLOSE, 0).toDecide()),
                    close.number(), close.incident(), close.category()));
        }
    }

    private void decide(Decide decide, boolean lookFirst) {
        CrimeYearPlan draws = plan.forStep(decide.number(), CrimeYearPlan.Draw.DECIDE, 0);
        RecordingDecision decision = decisionFor(decide.incident());
        if (lookFirst && decision.status() != DecisionStatus.DUE) {
            // Made before the crash, after the checkpoint: count it and schedule what follows, as the first run did.
            if (decision.status() == DecisionStatus.NOT_A_CRIME) {
                notCrimes.incrementAndGet();
            } else {
                recordedDecisions.incrementAndGet();
                laterFor(decide, decisions.crimesOf(decision.id()));
            }
            return;
        }
        if (!draws.recorded()) {
            as("bench-investigator", Role.INVESTIGATOR, () -> decisions.notACrime(decision.id(), NotACrimeReason.CREDIBLE_EVIDENCE_NO_CRIME,
                    "Simulated: enquiries showed no crime took place"));
            notCrimes.incrementAndGet();
            return;
        }
        String code = draws.classification(decide.category());
        List<UUID> victims = new ArrayList<>();
        if (offences.find(code).orElseThrow().victimBased()) {
            for (int v = draws.victims(); v > 0; v--) {
                UUID victim = people.get(draws.pick(people.size()));
                if (!victims.contains(victim)) {
                    victims.add(victim);
                }
            }
        }
        Set<CrimeFlag> flags = draws.pick(10) == 0 ? Set.of(CrimeFlag.DOMESTIC_ABUSE) : Set.of();
        List<Crime> recorded = as("bench-investigator", Role.INVESTIGATOR, () -> decisions.record(decision.id(), new RecordCrimeRequest(
                code, victims, List.of(), List.of(), List.of(), null, null, decide.at().minus(Duration.ofHours(1)), null,
                "Simulated", null, flags, null)));
        recordedDecisions.incrementAndGet();
        laterFor(decide, recorded);
    }

    /** Counts a decision's crimes and schedules what later happens to each, each from its own draws. */
    private void laterFor(Decide decide, List<Crime> recorded) {
        crimes.addAndGet(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            Crime crime = recorded.get(i);
            CrimeYearPlan draws = plan.forStep(decide.number(), CrimeYearPlan.Draw.LATER, i);
            CrimeYearPlan.Later later = draws.later();
            if (later != CrimeYearPlan.Later.NOTHING) {
                born.add(new Change(decide.at().plus(draws.toChange()), decide.number(), crime.id(), crime.classification(), later, i));
            }
        }
    }

    /** The decision crime recording opened for the closure: normally there already, taken by the listener. */
    private RecordingDecision decisionFor(IncidentId incident) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < giveUp) {
            var found = decisions.forIncident(incident);
            if (found.isPresent()) {
                return found.get();
            }
            // Waiting for the listener's transaction, which needs the CPU this thread would otherwise spin on.
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
        intake.sweep();
        return decisions.forIncident(incident).orElseThrow(() -> new IllegalStateException("no recording decision for " + incident));
    }

    private void change(Change change, boolean lookFirst) {
        CrimeYearPlan draws = plan.forStep(change.number(), CrimeYearPlan.Draw.CHANGE, change.index());
        ChangeRequest request = null;
        if (lookFirst) {
            List<ChangeRequest> asked = crimeRecords.changes(change.crime());
            if (asked.stream().anyMatch(r -> !r.isPending())) {
                count(change.what());
                return;
            }
            request = asked.stream().filter(ChangeRequest::isPending).findFirst().orElse(null);
        }
        if (request == null) {
            if (change.what() == CrimeYearPlan.Later.RECLASSIFIED) {
                String category = CrimeYearPlan.CLASSIFICATIONS.entrySet().stream()
                        .filter(e -> e.getValue().contains(change.classification())).findFirst().orElseThrow().getKey();
                List<String> others = CrimeYearPlan.CLASSIFICATIONS.get(category).stream()
                        .filter(code -> !code.equals(change.classification())).toList();
                String target = others.get(draws.pick(others.size()));
                request = as("bench-investigator", Role.INVESTIGATOR, () -> crimeRecords.requestReclassification(change.crime(), target,
                        "ADDITIONAL_VERIFIABLE_INFORMATION", "Simulated: new evidence"));
            } else {
                request = as("bench-investigator", Role.INVESTIGATOR, () -> crimeRecords.requestCancellation(change.crime(),
                        "C3_DUPLICATE", "Simulated: duplicate of another crime"));
            }
        }
        ChangeRequest asked = request;
        if (change.what() == CrimeYearPlan.Later.REFUSED) {
            as("bench-ddm", Role.DECISION_MAKER, () -> crimeRecords.refuse(asked.id(), "Simulated: not shown"));
        } else {
            as("bench-ddm", Role.DECISION_MAKER, () -> crimeRecords.approve(asked.id(), null));
        }
        count(change.what());
    }

    private void count(CrimeYearPlan.Later what) {
        switch (what) {
            case RECLASSIFIED -> reclassified.incrementAndGet();
            case CANCELLED -> cancelled.incrementAndGet();
            case REFUSED -> refused.incrementAndGet();
            case NOTHING -> throw new IllegalStateException("nothing to change");
        }
    }

    /** Runs work as a user holding one role's permissions, as a signed-in request would. */
    static <T> T as(String username, Role role, Supplier<T> work) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

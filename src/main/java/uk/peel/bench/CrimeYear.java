package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
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
import uk.peel.crime.CrimeReconciliation;
import uk.peel.crime.CrimeRecordingDecisions;
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

    /** @param bulk crime-related closures loaded straight into the database first (see {@link BulkYear}), 0 for none */
    record Options(boolean quick, long incidents, double crimeShare, int year, long seed, Path dataDir, boolean keep, long bulk) {
    }

    static Options defaults(boolean quick) {
        return new Options(quick, quick ? 5_000 : 1_000_000, 0.4, 2025, 20261124L, null, false, 0);
    }

    private sealed interface Step permits Call, Close, Decide, Change {
        Instant at();
    }

    private record Call(Instant at, long number) implements Step {
    }

    private record Close(Instant at, IncidentId incident, String category) implements Step {
    }

    private record Decide(Instant at, IncidentId incident, String category) implements Step {
    }

    private record Change(Instant at, Crime crime, CrimeYearPlan.Later what) implements Step {
    }

    private static final Duration SWEEP_EVERY = Duration.ofDays(1);

    private final Options options;
    private final PrintStream out;
    private final CrimeYearPlan plan;
    private final SimulatedClock clock;
    private long crimeRelated;
    private long recordedDecisions;
    private long notCrimes;
    private long crimes;
    private long reclassified;
    private long cancelled;
    private long refused;

    CrimeYear(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.plan = new CrimeYearPlan(options.seed(), options.year(), options.crimeShare());
        this.clock = new SimulatedClock(plan.start().minus(Duration.ofDays(1)));
    }

    String run(Class<?> application) throws IOException, InterruptedException, SQLException {
        return BenchDirectory.use(options.dataDir(), options.keep(), "crime-year", out, "", dataDir -> {
            out.printf("crime-year: %,d incidents in %d on %s%n", options.incidents(), options.year(), dataDir);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                    .run("--peel.data-dir=" + dataDir, "--peel.demo.enabled=false", "--peel.search.check-on-start=false",
                            "--peel.crime.reconcile-first-after=100000h", "--logging.level.root=WARN");
            try {
                return simulate(context);
            } finally {
                SpringApplication.exit(context);
            }
        });
    }

    private String simulate(ConfigurableApplicationContext context) {
        Incidents incidents = context.getBean(Incidents.class);
        CrimeRecordingDecisions decisions = context.getBean(CrimeRecordingDecisions.class);
        Crimes crimeRecords = context.getBean(Crimes.class);
        ReferralIntake intake = context.getBean(ReferralIntake.class);
        NotifiableOffences offences = context.getBean(NotifiableOffences.class);

        if (options.bulk() > 0) {
            long loading = System.nanoTime();
            long bulkCrimes = new BulkYear(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class))
                    .load(options.bulk(), plan.start(), plan.end());
            out.printf("crime-year: bulk-loaded %,d crime-related closures with their decisions and %,d crimes in %.0f s%n",
                    options.bulk(), bulkCrimes, (System.nanoTime() - loading) / 1e9);
        }
        List<UUID> people = people(context.getBean(PersonRecords.class), (int) Math.clamp(options.incidents() / 20, 50, 5_000));
        PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::at));
        long started = System.nanoTime();
        long calls = 0;
        // Peel sweeps every minute; the simulation sweeps once a simulated day, which is enough to take anything the
        // listener missed and keeps a short run from being all sweeps.
        Instant nextSweep = plan.start().plus(SWEEP_EVERY);
        Instant nextCall = plan.callAt(0, options.incidents());
        long reported = 0;
        while (calls < options.incidents() || !steps.isEmpty()) {
            // Calls are generated as time reaches them, so the queue holds only what is in flight, not the year.
            if (calls < options.incidents() && (steps.isEmpty() || !nextCall.isAfter(steps.peek().at()))) {
                steps.add(new Call(nextCall, calls++));
                nextCall = calls < options.incidents() ? plan.callAt(calls, options.incidents()) : null;
            }
            Step step = steps.poll();
            while (!step.at().isBefore(nextSweep)) {
                clock.moveTo(nextSweep);
                intake.sweep();
                nextSweep = nextSweep.plus(SWEEP_EVERY);
            }
            clock.moveTo(step.at());
            switch (step) {
                case Call call -> steps.add(open(incidents, call));
                case Close close -> close(incidents, close, steps);
                case Decide decide -> decide(decisions, intake, offences, people, decide, steps);
                case Change change -> change(crimeRecords, change);
            }
            if (calls - reported >= Math.max(1, options.incidents() / 10) && step instanceof Call) {
                reported = calls;
                out.printf("crime-year: %,d incidents, %,d crimes, simulated %s, %.0f s%n", calls, crimes,
                        step.at().toString().substring(0, 10), (System.nanoTime() - started) / 1e9);
            }
        }
        double runSeconds = (System.nanoTime() - started) / 1e9;
        clock.moveTo(plan.end().plus(Duration.ofDays(3)));
        intake.sweep();
        ReconciliationReport report = as("bench-registrar", Role.CRIME_REGISTRAR,
                () -> context.getBean(CrimeReconciliation.class).reconcile());
        out.println(report.summary());
        report.findings().stream().filter(f -> f.kind().unexplained()).limit(20)
                .forEach(f -> out.println("unexplained: " + f.kind() + " " + f.reference() + ": " + f.detail()));
        return String.format(Locale.ROOT,
                "crime-year incidents=%d%s crime_related=%d decisions=%d recorded=%d not_a_crime=%d crimes=%d reclassified=%d "
                        + "cancelled=%d refused=%d late=%d exceptions=%d unexplained=%d run_s=%.1f incidents_per_s=%.0f reconcile_s=%.2f",
                options.incidents(), options.bulk() > 0 ? " bulk_closures=" + options.bulk() : "", crimeRelated, report.decisions(), recordedDecisions, notCrimes, report.crimes(), reclassified,
                cancelled, refused, report.count(ReconciliationReport.Kind.DECISION_LATE), report.exceptions(),
                report.unexplained(), runSeconds, options.incidents() / runSeconds, report.took().toMillis() / 1000.0);
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

    private Step open(Incidents incidents, Call call) {
        boolean crime = plan.crimeRelated();
        String category = crime ? plan.crimeCategory() : plan.otherCategory();
        Incident incident = as("bench-handler", Role.CALL_HANDLER, () -> incidents.open(new CallReport(call.at(), null,
                new IncidentLocation(null, null, plan.latitude(), plan.longitude()), category, plan.pick(2) == 0 ? "2" : "3",
                null, Set.of(), null, null)));
        return new Close(call.at().plus(plan.toClose()), incident.id(), category);
    }

    private void close(Incidents incidents, Close close, PriorityQueue<Step> steps) {
        Incident closed = as("bench-dispatcher", Role.DISPATCHER, () -> incidents.close(close.incident(),
                new Incidents.ClosureRequest(close.category(), List.of(), "Dealt with")));
        if (closed.closure().crimeRelated()) {
            crimeRelated++;
            steps.add(new Decide(close.at().plus(plan.toDecide()), close.incident(), close.category()));
        }
    }

    private void decide(CrimeRecordingDecisions decisions, ReferralIntake intake, NotifiableOffences offences, List<UUID> people,
                        Decide decide, PriorityQueue<Step> steps) {
        RecordingDecision decision = decisionFor(decisions, intake, decide.incident());
        if (!plan.recorded()) {
            as("bench-investigator", Role.INVESTIGATOR, () -> decisions.notACrime(decision.id(), NotACrimeReason.CREDIBLE_EVIDENCE_NO_CRIME,
                    "Simulated: enquiries showed no crime took place"));
            notCrimes++;
            return;
        }
        String code = plan.classification(decide.category());
        List<UUID> victims = new ArrayList<>();
        if (offences.find(code).orElseThrow().victimBased()) {
            for (int v = plan.victims(); v > 0; v--) {
                UUID victim = people.get(plan.pick(people.size()));
                if (!victims.contains(victim)) {
                    victims.add(victim);
                }
            }
        }
        List<Crime> recorded = as("bench-investigator", Role.INVESTIGATOR, () -> decisions.record(decision.id(), new RecordCrimeRequest(
                code, victims, List.of(), List.of(), List.of(), null, null, decide.at().minus(Duration.ofHours(1)), null,
                "Simulated", null, plan.pick(10) == 0 ? Set.of(CrimeFlag.DOMESTIC_ABUSE) : Set.of(), null)));
        recordedDecisions++;
        crimes += recorded.size();
        for (Crime crime : recorded) {
            CrimeYearPlan.Later later = plan.later();
            if (later != CrimeYearPlan.Later.NOTHING) {
                steps.add(new Change(decide.at().plus(plan.toChange()), crime, later));
            }
        }
    }

    /** The decision crime recording opened for the closure: normally there already, taken by the listener. */
    private RecordingDecision decisionFor(CrimeRecordingDecisions decisions, ReferralIntake intake, IncidentId incident) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < giveUp) {
            var found = decisions.forIncident(incident);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.onSpinWait();
        }
        intake.sweep();
        return decisions.forIncident(incident).orElseThrow(() -> new IllegalStateException("no recording decision for " + incident));
    }

    private void change(Crimes crimeRecords, Change change) {
        Crime crime = change.crime();
        ChangeRequest request;
        if (change.what() == CrimeYearPlan.Later.RECLASSIFIED) {
            String category = CrimeYearPlan.CLASSIFICATIONS.entrySet().stream()
                    .filter(e -> e.getValue().contains(crime.classification())).findFirst().orElseThrow().getKey();
            List<String> others = CrimeYearPlan.CLASSIFICATIONS.get(category).stream()
                    .filter(code -> !code.equals(crime.classification())).toList();
            String target = others.get(plan.pick(others.size()));
            request = as("bench-investigator", Role.INVESTIGATOR, () -> crimeRecords.requestReclassification(crime.id(), target,
                    "ADDITIONAL_VERIFIABLE_INFORMATION", "Simulated: new evidence"));
        } else {
            request = as("bench-investigator", Role.INVESTIGATOR, () -> crimeRecords.requestCancellation(crime.id(),
                    "C3_DUPLICATE", "Simulated: duplicate of another crime"));
        }
        if (change.what() == CrimeYearPlan.Later.REFUSED) {
            as("bench-ddm", Role.DECISION_MAKER, () -> crimeRecords.refuse(request.id(), "Simulated: not shown"));
            refused++;
        } else {
            as("bench-ddm", Role.DECISION_MAKER, () -> crimeRecords.approve(request.id(), null));
            if (change.what() == CrimeYearPlan.Later.RECLASSIFIED) {
                reclassified++;
            } else {
                cancelled++;
            }
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

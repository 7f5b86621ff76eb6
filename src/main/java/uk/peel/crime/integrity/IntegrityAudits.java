package uk.peel.crime.integrity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.Offence;
import uk.peel.crime.RecordingDecision;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentId;
import uk.peel.incident.IncidentPopulation;
import uk.peel.incident.Incidents;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * Crime data integrity audits: drawing a sample, reviewing each incident in it, judging each crime that should have
 * been recorded, and the recording rate that follows. Every review is a consultation of the incident, decision and
 * crimes it shows, and every judgement is kept as a new version, both in the s.62 log.
 */
@Service
public class IntegrityAudits {

    public static final int MAX_SAMPLE = 2000;
    static final String SAMPLE_RECORD = "crime-integrity-sample";
    static final String JUDGEMENT_RECORD = "crime-integrity-judgement";

    private final IntegrityStore store;
    private final IncidentPopulation population;
    private final Incidents incidents;
    private final CrimeRecordingDecisions decisions;
    private final Crimes crimes;
    private final NotifiableOffences offences;
    private final PopulationRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    IntegrityAudits(IntegrityStore store, IncidentPopulation population, Incidents incidents, CrimeRecordingDecisions decisions,
                    Crimes crimes, NotifiableOffences offences, PopulationRules rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.population = population;
        this.incidents = incidents;
        this.decisions = decisions;
        this.crimes = crimes;
        this.offences = offences;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public PopulationRules rules() {
        return rules;
    }

    /**
     * Draws a sample of incidents closed in the period under the force's population rules. The period must be over,
     * so that no incident closed later changes who could have been drawn; the same seed draws the same sample.
     */
    @Transactional
    public Sample draw(DrawRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = ForceTime.today(clock);
        if (request.from() == null) {
            problems.add(new FieldProblem("from", "Enter the first day of the period"));
        }
        if (request.to() == null) {
            problems.add(new FieldProblem("to", "Enter the last day of the period"));
        } else if (!request.to().isBefore(today)) {
            problems.add(new FieldProblem("to", "The period must be over: end it before today (" + today
                    + "), as incidents closed later would change the population the sample is drawn from"));
        }
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            problems.add(new FieldProblem("to", "The last day must not be before the first day (" + request.from() + ")"));
        }
        int size = request.size() == null ? rules.sampleSize() : request.size();
        if (size < 1 || size > MAX_SAMPLE) {
            problems.add(new FieldProblem("size", "A sample is 1 to " + MAX_SAMPLE + " incidents, not " + size));
        }
        if (request.title() != null && request.title().length() > 200) {
            problems.add(new FieldProblem("title", "must be at most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant from = request.from().atStartOfDay(ForceTime.ZONE).toInstant();
        Instant to = request.to().plusDays(1).atStartOfDay(ForceTime.ZONE).toInstant();
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        IncidentPopulation.Rule rule = rule(rules, from, to);
        long found = population.count(rule);
        if (found == 0) {
            throw new InvalidInputException(List.of(new FieldProblem("from", "No incident closed from " + request.from()
                    + " to " + request.to() + " matches the population rules (" + rules.describe() + ")")));
        }
        String title = request.title() == null || request.title().isBlank()
                ? "Crime data integrity audit " + request.from() + " to " + request.to() : request.title().strip();
        Sample sample = new Sample(UUID.randomUUID(), title, from, to, seed, size, found, rules, now(), CurrentUser.username(),
                population.sample(rule, seed, size));
        store.insert(sample);
        audit.record(AuditAction.COLLECTION, SAMPLE_RECORD, List.of(sample.id()), "drew " + sample.incidents().size()
                + " of " + found + " incidents closed " + request.from() + " to " + request.to() + " with seed " + seed);
        return sample;
    }

    /** The sample drawn again from its period, rules and seed: the same incidents in the same order, if nothing changed. */
    @Transactional(readOnly = true)
    public List<IncidentId> redraw(UUID sampleId) {
        Sample sample = sample(sampleId);
        return population.sample(rule(sample.rules(), sample.from(), sample.to()), sample.seed(), sample.requestedSize());
    }

    @Transactional(readOnly = true)
    public Sample sample(UUID id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("There is no integrity audit sample " + id));
    }

    @Transactional(readOnly = true)
    public List<Sample> recent(int limit) {
        return store.recent(Math.clamp(limit, 1, 200));
    }

    /** One sampled incident with everything the auditor judges it by: audited as a consultation of each record shown. */
    @Transactional
    public Review review(UUID sampleId, IncidentId incidentId) {
        Sample sample = sample(sampleId);
        int position = sample.incidents().indexOf(incidentId);
        if (position < 0) {
            throw new NoSuchElementException("Incident " + incidentId + " is not in the sample " + sample.title());
        }
        Incident incident = incidents.view(incidentId);
        Optional<RecordingDecision> decision = decisions.forIncident(incidentId).map(d -> decisions.view(d.id()));
        List<Crime> recorded = decision.map(d -> decisions.crimesOf(d.id())).orElse(List.of());
        if (!recorded.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, "crime", recorded.stream().map(Crime::id).toList(),
                    "reviewed for crime data integrity audit " + sample.id());
        }
        Map<Integer, List<Judgement>> lines = store.judgements(sampleId, incidentId).stream()
                .collect(Collectors.groupingBy(Judgement::line, LinkedHashMap::new, Collectors.toList()));
        return new Review(sample, position + 1, incident, incidents.log(incidentId), decision, recorded, lines);
    }

    /**
     * Judges one crime from a sampled incident: a new line when {@code line} is null, else the line's next version.
     * A recorded crime names its crime reference; every judgement but "not a crime" names the offence that should
     * have been recorded; a crime not recorded, not a crime or a withdrawal says why.
     */
    @Transactional
    public Judgement judge(UUID sampleId, IncidentId incidentId, Integer line, Outcome outcome, String offenceCode, String crn,
                           String note) {
        Sample sample = sample(sampleId);
        if (!sample.contains(incidentId)) {
            throw new NoSuchElementException("Incident " + incidentId + " is not in the sample " + sample.title());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String offence = blankToNull(offenceCode);
        String reference = blankToNull(crn);
        String why = note == null ? "" : note.strip();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Choose how the crime was recorded"));
        } else {
            if (outcome.needsOffence()) {
                if (offence == null) {
                    problems.add(new FieldProblem("offence", "Choose the offence that should have been recorded"));
                } else if (offences.find(offence).isEmpty()) {
                    problems.add(new FieldProblem("offence", "'" + offence + "' is not on the notifiable offence list"));
                } else {
                    offence = offences.find(offence).get().code();
                }
            } else {
                offence = null;
            }
            if (outcome.recorded()) {
                if (reference == null) {
                    problems.add(new FieldProblem("crn", "Enter the reference of the crime that was recorded"));
                } else {
                    try {
                        reference = crimes.findByCrn(reference).crn();
                    } catch (NoSuchElementException e) {
                        problems.add(new FieldProblem("crn", "There is no crime " + reference));
                    }
                }
            } else if (outcome == Outcome.NOT_RECORDED) {
                reference = null;
            }
            if (!outcome.recorded() && why.isEmpty()) {
                problems.add(new FieldProblem("note", "Say why: the judgement is read by the Force Crime Registrar"));
            }
        }
        if (why.length() > 2000) {
            problems.add(new FieldProblem("note", "must be at most 2,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.lock(sampleId);
        List<Judgement> earlier = store.judgements(sampleId, incidentId);
        int lineNumber;
        int version;
        if (line == null) {
            lineNumber = earlier.stream().mapToInt(Judgement::line).max().orElse(0) + 1;
            version = 1;
        } else {
            lineNumber = line;
            version = earlier.stream().filter(j -> j.line() == line).mapToInt(Judgement::version).max().orElseThrow(() ->
                    new InvalidInputException(List.of(new FieldProblem("line", "There is no line " + line + " to revise")))) + 1;
        }
        Judgement judgement = new Judgement(sampleId, incidentId, lineNumber, version, outcome, offence, reference, why, now(),
                CurrentUser.username());
        store.insert(judgement);
        audit.record(AuditAction.COLLECTION, JUDGEMENT_RECORD, List.of(incidentId), "judged line " + lineNumber + " (version "
                + version + ") of sample " + sampleId + ": " + outcome.name() + (offence == null ? "" : " " + offence));
        return judgement;
    }

    /** The latest version of each judgement line in the sample. */
    @Transactional(readOnly = true)
    public List<Judgement> judgements(UUID sampleId) {
        Map<String, Judgement> latest = new LinkedHashMap<>();
        for (Judgement j : store.judgements(sampleId)) {
            latest.put(j.incidentId().value() + "/" + j.line(), j); // versions come oldest first: the last one stays
        }
        return List.copyOf(latest.values());
    }

    /** The sample's recording rate overall and by offence group, from the latest version of each line. */
    @Transactional(readOnly = true)
    public AuditResults results(UUID sampleId) {
        Sample sample = sample(sampleId);
        return results(sample.incidents().size(), judgements(sampleId),
                code -> offences.find(code).map(Offence::category).orElse(null));
    }

    /** The figures from judgements' latest versions; {@code categoryOf} gives an offence code's Home Office category. */
    static AuditResults results(int sampled, java.util.Collection<Judgement> latest, Function<String, String> categoryOf) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long[] recorded = new long[OffenceGroup.values().length];
        long[] should = new long[OffenceGroup.values().length];
        java.util.Set<IncidentId> reviewed = new java.util.HashSet<>();
        for (Judgement j : latest) {
            reviewed.add(j.incidentId());
            outcomes.merge(j.outcome(), 1L, Long::sum);
            if (j.outcome().shouldHaveBeenRecorded()) {
                int group = OffenceGroup.ofCategory(categoryOf.apply(j.offenceCode())).ordinal();
                should[group]++;
                if (j.outcome().recorded()) {
                    recorded[group]++;
                }
            }
        }
        Map<OffenceGroup, RecordingRate> byGroup = new EnumMap<>(OffenceGroup.class);
        for (OffenceGroup group : OffenceGroup.values()) {
            byGroup.put(group, RecordingRate.of(recorded[group.ordinal()], should[group.ordinal()]));
        }
        return new AuditResults(sampled, reviewed.size(), outcomes,
                RecordingRate.of(java.util.Arrays.stream(recorded).sum(), java.util.Arrays.stream(should).sum()), byGroup);
    }

    private static IncidentPopulation.Rule rule(PopulationRules rules, Instant from, Instant to) {
        return new IncidentPopulation.Rule(from, to, rules.crimeRelated(), rules.categories(), rules.flags());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package uk.peel.investigation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeId;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.Offence;
import uk.peel.investigation.InvestigationEntries.Outcome;
import uk.peel.investigation.InvestigationEntries.Plan;
import uk.peel.investigation.InvestigationEntries.Task;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Usernames;
import uk.peel.platform.access.Permission;

/**
 * Investigating recorded crimes: allocation to a team's queue and an officer, the plan, tasks, supervisor reviews,
 * victim updates and the outcome. Every crime recorded gets an investigation (opened by {@link InvestigationOpening}
 * from {@code CrimeRecorded}, or on first use). Views of an investigation are audited as consultations of the crime.
 */
@Service
public class Investigations {

    static final String RECORD_TYPE = "crime";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_USERNAME = 64;

    private final InvestigationStore store;
    private final Crimes crimes;
    private final NotifiableOffences offences;
    private final OutcomeTypes outcomeTypes;
    private final InvestigationPolicy policy;
    private final AuditLog audit;
    private final Usernames usernames;
    private final Clock clock;

    Investigations(InvestigationStore store, Crimes crimes, NotifiableOffences offences, OutcomeTypes outcomeTypes,
                   InvestigationPolicy policy, AuditLog audit, Usernames usernames, Clock clock) {
        this.store = store;
        this.usernames = usernames;
        this.crimes = crimes;
        this.offences = offences;
        this.outcomeTypes = outcomeTypes;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything about one investigation, for its page and the API. */
    public record InvestigationFile(Investigation investigation, List<Plan> plans, List<Task> tasks,
                                    List<InvestigationEntries.Review> reviews, List<InvestigationEntries.VictimContact> contacts,
                                    List<Outcome> outcomes, List<InvestigationEntries.LogEntry> log) {
        public Plan currentPlan() {
            return plans.isEmpty() ? null : plans.getLast();
        }

        public Outcome currentOutcome() {
            return outcomes.isEmpty() ? null : outcomes.getLast();
        }
    }

    /**
     * Opens the crime's investigation if it has none: in the team's queue the force's rules give its category and
     * flags, with the officer the crime was allocated to when recorded. Safe to call again.
     */
    @Transactional
    public Investigation open(CrimeId id) {
        return store.find(id).orElseGet(() -> {
            Crime crime = crimes.find(id);
            String category = offences.find(crime.classification()).map(Offence::category).orElse("Unknown");
            Set<String> flags = crime.details().flags().stream().map(Enum::name).collect(Collectors.toSet());
            Instant at = crime.recordedAt();
            Investigation opened = Investigation.open(id, crime.crn(), crime.classification(), category, crime.victimId() != null,
                    crime.allocatedTo(), policy.placementFor(category, flags), policy.defaultContactFrequency(), at);
            if (store.insertIfAbsent(opened)) {
                store.log(id, now(), CurrentUser.username(), "Opened in the " + policy.teamName(opened.team()) + " queue"
                        + (opened.officer() == null ? "" : ", allocated to " + opened.officer()));
                if (crime.isCancelled()) {
                    Investigation closed = opened.finalise(now());
                    store.update(closed);
                    return closed;
                }
                return opened;
            }
            return store.find(id).orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    public Investigation find(CrimeId id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("There is no investigation of crime " + id));
    }

    /** The investigation whole, opening it first if the crime has none yet. Audited as a consultation of the crime. */
    @Transactional
    public InvestigationFile view(CrimeId id) {
        Investigation investigation = open(id);
        audit.record(AuditAction.CONSULTATION, RECORD_TYPE, List.of(id), "viewed the investigation of " + investigation.crn());
        return new InvestigationFile(investigation, store.plans(id), store.tasks(id), store.reviews(id), store.contacts(id),
                store.outcomes(id), store.log(id));
    }

    /**
     * Puts the crime in a team's queue, with an officer (or none, to wait in the queue) and a supervisor. Needs a
     * supervisor's authority; an officer change is also the crime's next version, so the crime says whose it is.
     */
    @Transactional
    public Investigation allocate(CrimeId id, String team, String officer, String supervisor) {
        requireSupervisor("allocate crimes");
        List<FieldProblem> problems = new ArrayList<>();
        if (!policy.hasTeam(team)) {
            problems.add(new FieldProblem("team", "Choose one of the teams: " + policy.teams().stream()
                    .map(InvestigationPolicy.Team::code).collect(Collectors.joining(", "))));
        }
        checkUsername(officer, "officer", "the officer's", problems);
        checkUsername(supervisor, "supervisor", "the supervisor's", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        open(id);
        Investigation current = lock(id);
        String teamCode = policy.teams().stream().filter(t -> t.code().equalsIgnoreCase(team.strip())).findFirst().orElseThrow().code();
        Investigation next = current.allocate(teamCode, blankToNull(officer), blankToNull(supervisor), now());
        store.update(next);
        if (next.officer() != null && !next.officer().equals(current.officer())) {
            crimes.allocate(id, next.officer());
        }
        store.log(id, next.updatedAt(), CurrentUser.username(), "Allocated to the " + policy.teamName(teamCode) + " queue"
                + (next.officer() == null ? ", no officer yet" : ", officer " + next.officer())
                + (next.supervisor() == null ? "" : ", supervisor " + next.supervisor()));
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "allocated the investigation of " + next.crn());
        return next;
    }

    /** The plan's next version: its lines of enquiry, replacing none of the earlier versions. */
    @Transactional
    public Plan revisePlan(CrimeId id, List<String> lines, int basedOnVersion) {
        List<String> kept = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (kept.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("lines", "Write at least one line of enquiry")));
        }
        if (kept.stream().anyMatch(l -> l.length() > MAX_TEXT)) {
            throw new InvalidInputException(List.of(new FieldProblem("lines", "A line of enquiry is at most " + MAX_TEXT + " characters")));
        }
        open(id);
        Investigation investigation = lock(id);
        investigation.requireOpen("change its plan");
        List<Plan> plans = store.plans(id);
        int current = plans.isEmpty() ? 0 : plans.getLast().version();
        if (basedOnVersion != current) {
            throw new ConflictException("The plan of " + investigation.crn() + " has changed since version " + basedOnVersion
                    + " (now version " + current + "): look again and revise the current version");
        }
        Plan plan = new Plan(current + 1, now(), CurrentUser.username(), kept);
        store.insertPlan(id, plan);
        store.log(id, plan.at(), plan.by(), "Plan version " + plan.version() + " (" + kept.size() + " lines of enquiry)");
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "investigation plan of " + investigation.crn()
                + " to version " + plan.version());
        return plan;
    }

    @Transactional
    public Task addTask(CrimeId id, String description, String assignee, LocalDate dueOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (description == null || description.isBlank() || description.length() > MAX_TEXT) {
            problems.add(new FieldProblem("description", "Say what is to be done (at most " + MAX_TEXT + " characters)"));
        }
        if (assignee == null || assignee.isBlank()) {
            problems.add(new FieldProblem("assignee", "Enter the username of who is to do it"));
        } else {
            checkUsername(assignee, "assignee", "the assignee's", problems);
        }
        if (dueOn == null) {
            problems.add(new FieldProblem("dueOn", "Enter the date it is due by"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        open(id);
        Investigation investigation = lock(id);
        investigation.requireOpen("add tasks");
        Task task = new Task(UUID.randomUUID(), id.value(), investigation.crn(), description.strip(), assignee.strip(), dueOn, now(),
                CurrentUser.username(), null, null);
        store.insertTask(task);
        store.log(id, task.createdAt(), task.createdBy(), "Task for " + task.assignee() + " due " + dueOn + ": " + task.description());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "task added to the investigation of " + investigation.crn());
        return task;
    }

    @Transactional
    public Task completeTask(UUID taskId) {
        Task task = store.findTask(taskId).orElseThrow(() -> new NoSuchElementException("There is no task " + taskId));
        if (task.isDone()) {
            throw new ConflictException("That task was already done by " + task.doneBy());
        }
        CrimeId id = new CrimeId(task.crimeId());
        Instant at = now();
        if (!store.completeTask(taskId, at, CurrentUser.username())) {
            throw new ConflictException("That task was marked done a moment ago by someone else");
        }
        store.log(id, at, CurrentUser.username(), "Task done: " + task.description());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "task done on the investigation of " + task.crn());
        return store.findTask(taskId).orElseThrow();
    }

    /** A supervisor's review: kept with when it was due, and the next review falls due one interval from now. */
    @Transactional
    public Investigation review(CrimeId id, String note) {
        requireSupervisor("review investigations");
        requireText(note, "note", "Record what the review found and what is to be done next");
        open(id);
        Investigation investigation = lock(id);
        Instant at = now();
        Investigation next = investigation.reviewed(at);
        store.update(next);
        store.insertReview(id, at, CurrentUser.username(), investigation.nextReviewDue(), note.strip());
        store.log(id, at, CurrentUser.username(), "Supervisor review" + (investigation.reviewOverdueAt(at) ? " (late)" : ""));
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "reviewed the investigation of " + investigation.crn());
        return next;
    }

    /** An update given to the victim: the next is due at the interval they chose. */
    @Transactional
    public Investigation recordVictimContact(CrimeId id, String method, String note) {
        requireText(method, "method", "Say how the victim was updated (phone, visit, email, letter...)");
        requireText(note, "note", "Record what the victim was told");
        open(id);
        Investigation investigation = lock(id);
        if (!investigation.hasVictim()) {
            throw new InvalidInputException(List.of(new FieldProblem("note", investigation.crn() + " has no victim to update")));
        }
        Instant at = now();
        Investigation next = investigation.victimContacted(at);
        store.update(next);
        store.insertContact(id, at, CurrentUser.username(), method.strip(), note.strip());
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "victim update recorded on " + investigation.crn());
        return next;
    }

    /** The victim's chosen update frequency (Victims' Code). */
    @Transactional
    public Investigation contactEvery(CrimeId id, ContactFrequency frequency) {
        if (frequency == null) {
            throw new InvalidInputException(List.of(new FieldProblem("frequency", "Choose how often the victim wants updates")));
        }
        open(id);
        Investigation investigation = lock(id);
        List<InvestigationEntries.VictimContact> contacts = store.contacts(id);
        Instant at = now();
        Investigation next = investigation.contactEvery(frequency, contacts.isEmpty() ? null : contacts.getLast().at(), at);
        store.update(next);
        store.log(id, at, CurrentUser.username(), "Victim asked for updates: " + frequency.label().toLowerCase(Locale.UK));
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), "victim contact frequency of " + investigation.crn());
        return next;
    }

    /**
     * Gives the crime its Home Office outcome, as the next outcome version (an earlier outcome is kept, never
     * overwritten), and finalises the investigation.
     *
     * @throws AccessDeniedException unless the user is the investigation's supervisor or holds {@code OUTCOME_FINALISE}
     */
    @Transactional
    public Outcome setOutcome(CrimeId id, String outcomeType, LocalDate outcomeDate, String note) {
        open(id);
        Investigation investigation = lock(id);
        String me = CurrentUser.username();
        if (!me.equals(investigation.supervisor()) && !CurrentUser.has(Permission.OUTCOME_FINALISE)) {
            throw new AccessDeniedException("Only the supervisor of this investigation"
                    + (investigation.supervisor() == null ? " (none is named yet)" : " (" + investigation.supervisor() + ")")
                    + " or someone allowed to finalise investigations may set its outcome");
        }
        OutcomeType type = outcomeTypes.require(outcomeType);
        LocalDate today = LocalDate.ofInstant(now(), ForceTime.ZONE);
        LocalDate recorded = LocalDate.ofInstant(investigation.openedAt(), ForceTime.ZONE);
        if (outcomeDate == null || outcomeDate.isAfter(today) || outcomeDate.isBefore(recorded)) {
            throw new InvalidInputException(List.of(new FieldProblem("outcomeDate", "Enter the date of the outcome, from the day the crime "
                    + "was recorded (" + recorded + ") to today (" + today + ")")));
        }
        requireText(note, "note", "Say why this outcome: the evidence and who decided");
        if (crimes.find(id).isCancelled()) {
            throw new ConflictException(investigation.crn() + " has been cancelled: a cancelled crime has no outcome");
        }
        List<Outcome> earlier = store.outcomes(id);
        Instant at = now();
        Outcome outcome = new Outcome(earlier.size() + 1, type.code(), outcomeDate, at, me, note.strip());
        store.insertOutcome(id, outcome);
        if (!investigation.finalised()) {
            store.update(investigation.finalise(at));
        }
        String what = (earlier.isEmpty() ? "Outcome " : "Outcome corrected to ") + type.describe() + " on " + outcomeDate;
        store.log(id, at, me, what);
        audit.record(AuditAction.ALTERATION, RECORD_TYPE, List.of(id), what + " for " + investigation.crn());
        return outcome;
    }

    /** Outcome history of a crime, oldest first (not audited: codes and dates only). */
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(CrimeId id) {
        return store.outcomes(id);
    }

    /** Each crime's current outcome, where it has one: for publication. */
    @Transactional(readOnly = true)
    public java.util.Map<CrimeId, Outcome> currentOutcomes(java.util.Collection<CrimeId> ids) {
        return store.latestOutcomes(ids);
    }

    /** The current outcome of every crime whose outcome is dated in the range (inclusive): for publication. */
    @Transactional(readOnly = true)
    public java.util.Map<CrimeId, Outcome> outcomesDated(LocalDate from, LocalDate toInclusive) {
        return store.outcomesDatedBetween(from, toInclusive);
    }

    /** A recorded crime was cancelled or reclassified: the investigation follows it. */
    @Transactional
    void crimeChanged(CrimeId id) {
        Investigation investigation = store.find(id).orElse(null);
        if (investigation == null) {
            return;
        }
        Crime crime = crimes.find(id);
        Investigation locked = lock(id);
        Instant at = now();
        if (crime.isCancelled() && !locked.finalised()) {
            store.update(locked.finalise(at));
            store.log(id, at, CurrentUser.username(), "Crime cancelled: investigation closed without an outcome");
        } else if (!crime.classification().equals(locked.classification())) {
            String category = offences.find(crime.classification()).map(Offence::category).orElse("Unknown");
            store.update(locked.reclassified(crime.classification(), category, at));
            store.log(id, at, CurrentUser.username(), "Crime reclassified as " + offences.describe(crime.classification()));
        }
    }

    private void requireSupervisor(String what) {
        if (!CurrentUser.has(Permission.INVESTIGATION_SUPERVISE)) {
            throw new AccessDeniedException("Only a supervisor may " + what);
        }
    }

    private static void requireText(String text, String field, String problem) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldProblem(field, problem + " (at most " + MAX_TEXT + " characters)")));
        }
    }

    /** A username typed into a form names someone who can sign in, or the crime would sit in nobody's work list. */
    private void checkUsername(String username, String field, String whose, List<FieldProblem> problems) {
        if (username != null && username.strip().length() > MAX_USERNAME) {
            problems.add(new FieldProblem(field, "A username is at most " + MAX_USERNAME + " characters"));
        } else {
            usernames.check(username, field, whose, problems);
        }
    }

    private Investigation lock(CrimeId id) {
        return store.findForUpdate(id).orElseThrow(() -> new NoSuchElementException("There is no investigation of crime " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

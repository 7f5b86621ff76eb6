package uk.peel.investigation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.crime.CrimeId;
import uk.peel.investigation.InvestigationEntries.Task;
import uk.peel.platform.ForceTime;

/**
 * "My work": what an officer and a supervisor have to do, as of an instant the caller gives (the pages pass the
 * clock's now; tests pass the instants they want, as the recording clock's tests do). Due soon means within
 * {@link #DUE_SOON}; overdue means its time has come. Each list is audited as a consultation of the crimes on it.
 */
@Service
public class WorkLists {

    /** How far ahead a review or victim update counts as due: the next two days. */
    public static final Duration DUE_SOON = Duration.ofDays(2);
    static final int LIMIT = 200;

    private final InvestigationStore store;
    private final AuditLog audit;

    WorkLists(InvestigationStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** An officer's work: their crimes, their tasks due today or overdue, and the victim updates they owe soon or now. */
    public record OfficerWork(String officer, Instant at, List<Investigation> crimes, List<Task> tasksDue,
                              List<Investigation> victimUpdatesDue) {
        public boolean taskOverdue(Task task) {
            return task.overdueOn(LocalDate.ofInstant(at, ForceTime.ZONE));
        }

        public boolean victimUpdateOverdue(Investigation i) {
            return i.victimUpdateOverdueAt(at);
        }
    }

    /**
     * A supervisor's work: the team's queue (its crimes with no officer), reviews due soon or overdue on the
     * investigations they supervise or that are in the team, and every crime not yet allocated to an officer.
     */
    public record SupervisorWork(String supervisor, String team, Instant at, List<Investigation> teamQueue, List<Investigation> reviewsDue,
                                 List<Investigation> unallocated) {
        public boolean reviewOverdue(Investigation i) {
            return i.reviewOverdueAt(at);
        }
    }

    @Transactional
    public OfficerWork officer(String officer, Instant at) {
        List<Investigation> mine = store.open("officer = :me", Map.of("me", officer), LIMIT);
        List<Task> tasks = store.openTasksDueBy(officer, LocalDate.ofInstant(at, ForceTime.ZONE), LIMIT);
        List<Investigation> updates = store.open("officer = :me and next_victim_update_due <= :soon",
                Map.of("me", officer, "soon", java.sql.Timestamp.from(at.plus(DUE_SOON))), LIMIT);
        Set<CrimeId> seen = new LinkedHashSet<>();
        mine.forEach(i -> seen.add(i.crimeId()));
        tasks.forEach(t -> seen.add(new CrimeId(t.crimeId())));
        auditListed(seen, "work list of officer " + officer);
        return new OfficerWork(officer, at, mine, tasks, updates.stream()
                .sorted(java.util.Comparator.comparing(Investigation::nextVictimUpdateDue)).toList());
    }

    /** @param team the team whose queue to show, or null for the reviews of the investigations they supervise only */
    @Transactional
    public SupervisorWork supervisor(String supervisor, String team, Instant at) {
        List<Investigation> queue = team == null ? List.of() : store.open("team = :team and officer is null", Map.of("team", team), LIMIT);
        List<Investigation> reviews = store.open("next_review_due <= :soon and (supervisor = :me or team = :team)",
                Map.of("soon", java.sql.Timestamp.from(at.plus(DUE_SOON)), "me", supervisor, "team", team == null ? "" : team), LIMIT);
        List<Investigation> unallocated = store.open("officer is null", Map.of(), LIMIT);
        Set<CrimeId> seen = new LinkedHashSet<>();
        List<Investigation> all = new ArrayList<>(queue);
        all.addAll(reviews);
        all.addAll(unallocated);
        all.forEach(i -> seen.add(i.crimeId()));
        auditListed(seen, "supervisor work list" + (team == null ? "" : " of team " + team));
        return new SupervisorWork(supervisor, team, at, queue, reviews, unallocated);
    }

    private void auditListed(Set<CrimeId> crimes, String what) {
        if (!crimes.isEmpty()) {
            audit.record(AuditAction.CONSULTATION, Investigations.RECORD_TYPE, List.copyOf(crimes), "listed on the " + what);
        }
    }
}

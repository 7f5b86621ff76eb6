package uk.peel.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an investigation holds beside its current state: each kept whole, in order, never overwritten. */
public final class InvestigationEntries {

    private InvestigationEntries() {
    }

    /** One version of the investigation plan: its lines of enquiry, as they stood then. */
    public record Plan(int version, Instant at, String by, List<String> lines) {
    }

    /** A task on the investigation. Overdue once its due day has passed in the force's time and it is not done. */
    public record Task(UUID id, UUID crimeId, String crn, String description, String assignee, LocalDate dueOn, Instant createdAt,
                       String createdBy, Instant doneAt, String doneBy) {
        public boolean isDone() {
            return doneAt != null;
        }

        public boolean overdueOn(LocalDate today) {
            return !isDone() && today.isAfter(dueOn);
        }
    }

    /** A supervisor's review: what they found and directed. {@code wasDue} shows whether it was done in time. */
    public record Review(long id, Instant at, String by, Instant wasDue, String note) {
        public boolean wasLate() {
            return wasDue != null && at.isAfter(wasDue);
        }
    }

    /** An update given to the victim, and how. */
    public record VictimContact(long id, Instant at, String by, String method, String note) {
    }

    /** One outcome given to the crime; the highest version is the crime's outcome. */
    public record Outcome(int version, String outcomeType, LocalDate outcomeDate, Instant at, String by, String note) {
    }

    /** A line of the investigation's log: allocations, frequency changes and the like. */
    public record LogEntry(Instant at, String by, String entry) {
    }
}

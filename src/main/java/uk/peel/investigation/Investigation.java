package uk.peel.investigation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import uk.peel.crime.CrimeId;
import uk.peel.platform.ConflictException;

/**
 * A recorded crime's investigation: whose it is, which team's queue it sits in, who supervises it, and its two
 * clocks — the next supervisor review and the next update the victim is owed. Immutable: each change is the next
 * version; the reviews, contacts, plan versions and outcomes that move the clocks are kept as entries of their own.
 *
 * @param officer the investigating officer's username, or null while it waits in the team's queue
 * @param supervisor the supervisor's username, or null until one is named
 * @param nextReviewDue when the next supervisor review is due; null once finalised
 * @param nextVictimUpdateDue when the victim is next owed an update; null without a victim, at key points only, or once finalised
 * @param finalised true once an outcome is set (or the crime cancelled): off the work lists, still correctable
 */
public record Investigation(CrimeId crimeId, String crn, String classification, String category, boolean hasVictim,
                            Instant openedAt, String team, String officer, String supervisor,
                            ContactFrequency contactFrequency, Duration reviewEvery, Instant nextReviewDue,
                            Instant nextVictimUpdateDue, boolean finalised, int version, Instant updatedAt) {

    public Investigation {
        Objects.requireNonNull(crimeId, "crimeId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(contactFrequency, "contactFrequency");
        Objects.requireNonNull(reviewEvery, "reviewEvery");
    }

    static Investigation open(CrimeId crime, String crn, String classification, String category, boolean hasVictim,
                              String officer, InvestigationPolicy.Placement placement, ContactFrequency frequency, Instant at) {
        Instant victimDue = hasVictim ? frequency.interval().map(at::plus).orElse(null) : null;
        return new Investigation(crime, crn, classification, category, hasVictim, at, placement.team(), officer, null, frequency,
                placement.reviewEvery(), at.plus(placement.firstReview()), victimDue, false, 1, at);
    }

    public boolean isAllocated() {
        return officer != null;
    }

    /** A review not done by its due time is overdue from that instant on. */
    public boolean reviewOverdueAt(Instant at) {
        return nextReviewDue != null && !at.isBefore(nextReviewDue);
    }

    public boolean victimUpdateOverdueAt(Instant at) {
        return nextVictimUpdateDue != null && !at.isBefore(nextVictimUpdateDue);
    }

    Investigation allocate(String team, String officer, String supervisor, Instant at) {
        requireOpen("allocate it");
        return next(team, officer, supervisor, contactFrequency, nextReviewDue, nextVictimUpdateDue, false, at);
    }

    /** The next review falls due one interval after this one, whenever this one was done. */
    Investigation reviewed(Instant at) {
        requireOpen("review it: correct the outcome instead");
        return next(team, officer, supervisor, contactFrequency, at.plus(reviewEvery), nextVictimUpdateDue, false, at);
    }

    /** The victim was updated: the next update is due one interval of their chosen frequency later. */
    Investigation victimContacted(Instant at) {
        Instant due = finalised || !hasVictim ? null : contactFrequency.interval().map(at::plus).orElse(null);
        return next(team, officer, supervisor, contactFrequency, nextReviewDue, due, finalised, at);
    }

    /** The victim chose another frequency: counted from the last update they had, or from the crime's recording. */
    Investigation contactEvery(ContactFrequency frequency, Instant lastUpdate, Instant at) {
        requireOpen("change the victim's contact frequency");
        Instant from = lastUpdate == null ? openedAt : lastUpdate;
        Instant due = hasVictim ? frequency.interval().map(from::plus).orElse(null) : null;
        return next(team, officer, supervisor, frequency, nextReviewDue, due, false, at);
    }

    Investigation finalise(Instant at) {
        return next(team, officer, supervisor, contactFrequency, null, null, true, at);
    }

    Investigation reclassified(String newClassification, String newCategory, Instant at) {
        return new Investigation(crimeId, crn, newClassification, newCategory, hasVictim, openedAt, team, officer, supervisor,
                contactFrequency, reviewEvery, nextReviewDue, nextVictimUpdateDue, finalised, version + 1, at);
    }

    private Investigation next(String team, String officer, String supervisor, ContactFrequency frequency, Instant reviewDue,
                               Instant victimDue, boolean finalised, Instant at) {
        return new Investigation(crimeId, crn, classification, category, hasVictim, openedAt, team, officer, supervisor, frequency,
                reviewEvery, reviewDue, victimDue, finalised, version + 1, at);
    }

    void requireOpen(String what) {
        if (finalised) {
            throw new ConflictException(crn + " has been finalised: cannot " + what);
        }
    }

    /** Time left until the review (negative once overdue), for the clocks the pages show. */
    public Duration untilReviewAt(Instant at) {
        return nextReviewDue == null ? null : Duration.between(at, nextReviewDue);
    }
}

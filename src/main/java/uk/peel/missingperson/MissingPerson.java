package uk.peel.missingperson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.peel.platform.ConflictException;

/**
 * A missing person report from the report to the return-home interview. Each change returns the next version; the
 * store writes it only over the version it was read at.
 *
 * @param nextReviewDue when the investigation must next be reviewed (while missing)
 * @param interviewDueAt when the return-home interview is due (once found)
 */
public record MissingPerson(MissingPersonId id, String reference, int version, MissingStatus status, String name,
                            UUID personId, String description, Instant lastSeenAt, String lastSeenWhere,
                            String linkedLocation, String reportedBy, UUID incidentId, Instant reportedAt,
                            String recordedBy, List<RiskGrading> gradings, List<Review> reviews, List<Sighting> sightings,
                            Instant nextReviewDue, Found found, Instant interviewDueAt, ReturnHomeInterview interview,
                            Instant updatedAt) {

    public MissingPerson {
        gradings = List.copyOf(gradings);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
    }

    static MissingPerson report(MissingPersonId id, String reference, NewMissingPerson report, RiskGrading grading,
                                Duration reviewEvery, Instant at, String by) {
        return new MissingPerson(id, reference, 1, MissingStatus.MISSING, report.name().strip(), report.personId(),
                blankToNull(report.description()), report.lastSeenAt(), report.lastSeenWhere().strip(),
                blankToNull(report.linkedLocation()), report.reportedBy().strip(), report.incidentId(), at, by,
                List.of(grading), List.of(), List.of(), at.plus(reviewEvery), null, null, null, at);
    }

    public MissingRisk risk() {
        return gradings.getLast().risk();
    }

    public boolean reviewOverdue(Instant now) {
        return status == MissingStatus.MISSING && nextReviewDue != null && now.isAfter(nextReviewDue);
    }

    public boolean interviewOverdue(Instant now) {
        return status == MissingStatus.FOUND && interview == null && now.isAfter(interviewDueAt);
    }

    public Duration missingFor(Instant now) {
        return Duration.between(lastSeenAt, found == null ? now : found.at());
    }

    MissingPerson regrade(RiskGrading grading, Duration reviewEvery) {
        requireMissing("regraded");
        List<RiskGrading> next = new ArrayList<>(gradings);
        next.add(grading);
        return new MissingPerson(id, reference, version + 1, status, name, personId, description, lastSeenAt, lastSeenWhere,
                linkedLocation, reportedBy, incidentId, reportedAt, recordedBy, next, reviews, sightings,
                grading.gradedAt().plus(reviewEvery), found, interviewDueAt, interview, grading.gradedAt());
    }

    MissingPerson review(String note, Instant at, String by, Duration reviewEvery) {
        requireMissing("reviewed");
        List<Review> next = new ArrayList<>(reviews);
        next.add(new Review(at, by, note, reviewOverdue(at)));
        return new MissingPerson(id, reference, version + 1, status, name, personId, description, lastSeenAt, lastSeenWhere,
                linkedLocation, reportedBy, incidentId, reportedAt, recordedBy, gradings, next, sightings, at.plus(reviewEvery),
                found, interviewDueAt, interview, at);
    }

    MissingPerson sighted(Sighting sighting) {
        if (status == MissingStatus.CLOSED) {
            throw new ConflictException(reference + " is closed");
        }
        List<Sighting> next = new ArrayList<>(sightings);
        next.add(sighting);
        return new MissingPerson(id, reference, version + 1, status, name, personId, description, lastSeenAt, lastSeenWhere,
                linkedLocation, reportedBy, incidentId, reportedAt, recordedBy, gradings, reviews, next, nextReviewDue, found,
                interviewDueAt, interview, sighting.recordedAt());
    }

    /** Found: no more reviews; a return-home interview is now due. */
    MissingPerson found(Found where, Duration interviewWithin) {
        requireMissing("found");
        return new MissingPerson(id, reference, version + 1, MissingStatus.FOUND, name, personId, description, lastSeenAt,
                lastSeenWhere, linkedLocation, reportedBy, incidentId, reportedAt, recordedBy, gradings, reviews, sightings,
                null, where, where.at().plus(interviewWithin), null, where.recordedAt());
    }

    /** The return-home interview held or declined: the report is closed. */
    MissingPerson interviewed(ReturnHomeInterview held) {
        if (status != MissingStatus.FOUND) {
            throw new ConflictException(reference + " is " + status.label().toLowerCase(java.util.Locale.UK)
                    + ": a return-home interview follows the person being found");
        }
        return new MissingPerson(id, reference, version + 1, MissingStatus.CLOSED, name, personId, description, lastSeenAt,
                lastSeenWhere, linkedLocation, reportedBy, incidentId, reportedAt, recordedBy, gradings, reviews, sightings,
                null, found, interviewDueAt, held, held.at());
    }

    private void requireMissing(String what) {
        if (status != MissingStatus.MISSING) {
            throw new ConflictException(reference + " is " + status.label().toLowerCase(java.util.Locale.UK) + " and cannot be " + what);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

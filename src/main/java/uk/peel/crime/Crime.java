package uk.peel.crime;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import uk.peel.platform.ConflictException;

/**
 * A recorded crime: one victim's crime (one crime per victim), under one Home Office classification. Immutable:
 * each change makes the next version, which is stored whole beside the earlier ones, so a reclassification or a
 * cancellation never hides what the crime was recorded as.
 *
 * @param crn the crime reference number, such as CR-2026-000123
 * @param victimId the victim's person record, or null for a crime against the state (drugs, weapons...)
 */
public record Crime(
        CrimeId id,
        String crn,
        int version,
        DecisionId decisionId,
        String classification,
        CrimeStatus status,
        UUID victimId,
        String allocatedTo,
        Instant recordedAt,
        String recordedBy,
        Instant updatedAt,
        CrimeDetails details) {

    public Crime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
    }

    static Crime record(String crn, DecisionId decision, String classification, UUID victim, String allocatedTo,
                        Instant at, String by, CrimeDetails details) {
        return new Crime(new CrimeId(UUID.randomUUID()), crn, 1, decision, classification, CrimeStatus.RECORDED, victim,
                allocatedTo, at, by, at, details);
    }

    public boolean isCancelled() {
        return status == CrimeStatus.CANCELLED;
    }

    Crime reclassify(String newClassification, Instant at) {
        requireRecorded("reclassify it");
        if (newClassification.equals(classification)) {
            throw new ConflictException(crn + " is already classified " + classification);
        }
        return new Crime(id, crn, version + 1, decisionId, newClassification, status, victimId, allocatedTo, recordedAt,
                recordedBy, at, details);
    }

    Crime cancel(CrimeDetails.Cancellation how) {
        requireRecorded("cancel it again");
        return new Crime(id, crn, version + 1, decisionId, classification, CrimeStatus.CANCELLED, victimId, allocatedTo,
                recordedAt, recordedBy, how.at(), details.cancelled(how));
    }

    /** The next version with these details: amendments and people added; never the classification or status. */
    Crime amend(CrimeDetails amended, Instant at) {
        requireRecorded("amend it");
        return new Crime(id, crn, version + 1, decisionId, classification, status, victimId, allocatedTo, recordedAt,
                recordedBy, at, amended);
    }

    Crime allocate(String officer, Instant at) {
        requireRecorded("allocate it");
        return new Crime(id, crn, version + 1, decisionId, classification, status, victimId, officer, recordedAt,
                recordedBy, at, details);
    }

    void requireRecorded(String what) {
        if (isCancelled()) {
            throw new ConflictException(crn + " has been cancelled: cannot " + what);
        }
    }
}

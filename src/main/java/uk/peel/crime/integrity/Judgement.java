package uk.peel.crime.integrity;

import java.time.Instant;
import java.util.UUID;

import uk.peel.incident.IncidentId;

/**
 * One version of the auditor's judgement of one crime that should (or might) have been recorded from a sampled
 * incident. Lines are numbered per incident (one per victim); a revision is the line's next version.
 *
 * @param offenceCode the Home Office code of the crime that should have been recorded (none for "not a crime")
 * @param crn the crime recorded for it, where one was
 */
public record Judgement(UUID sampleId, IncidentId incidentId, int line, int version, Outcome outcome, String offenceCode,
                        String crn, String note, Instant judgedAt, String judgedBy) {
}

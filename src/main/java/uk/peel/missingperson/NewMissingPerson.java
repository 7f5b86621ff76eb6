package uk.peel.missingperson;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report that someone is missing, with its first risk grading.
 *
 * @param linkedLocation a place the person is linked to and often goes missing from (a care home), if any
 */
public record NewMissingPerson(
        @NotBlank(message = "Enter the missing person's name") @Size(max = 200, message = "must be at most 200 characters") String name,
        UUID personId,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String description,
        @NotNull(message = "Say when they were last seen") Instant lastSeenAt,
        @NotBlank(message = "Say where they were last seen") String lastSeenWhere,
        @Size(max = 300, message = "must be at most 300 characters") String linkedLocation,
        @NotBlank(message = "Say who reported them missing") String reportedBy,
        @NotNull(message = "Grade the risk") MissingRisk risk,
        @NotBlank(message = "Record the information the grading used") String informationUsed,
        @NotBlank(message = "Say who supplied the information") String suppliedBy,
        Instant suppliedAt,
        UUID incidentId) {
}

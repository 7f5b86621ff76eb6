package uk.peel.crime;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A crime-related report from a channel other than an incident: what was reported, when it reached the force (the
 * 24-hour clock runs from then, not from when it was typed in), and who reported it.
 *
 * @param reportedAt when the report reached the force; now if not given; never in the future
 * @param sourceReference the channel's own reference (an online report's number, a partner's case number), if any
 * @param reportingPersonId the person record of whoever reported it, if known
 */
public record CrimeReport(
        @NotNull(message = "Choose how the report reached the force") RecordingChannel channel,
        Instant reportedAt,
        @Size(max = 100, message = "must be at most 100 characters") String sourceReference,
        @NotNull(message = "Say what was reported") @Size(min = 1, max = 20_000, message = "Say what was reported (at most 20,000 characters)") String summary,
        @Valid CrimeLocation location,
        @Size(max = 40, message = "must be at most 40 characters") String suggestedClassification,
        UUID reportingPersonId) {
}

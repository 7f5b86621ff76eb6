package uk.peel.incident;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a call handler records to open an incident. Only the opening category and the grade are required: they
 * decide who goes and how fast. Everything else may follow in the log as the call goes on.
 *
 * @param callStartedAt when the call was answered (from the telephony or the handler's screen), so the time from
 *                      answer to incident is measured; now if not given
 * @param linkTo an open incident this call is about (a second call about the same event)
 */
public record CallReport(
        Instant callStartedAt,
        @Valid Caller caller,
        @Valid IncidentLocation location,
        String openingCategory,
        String grade,
        @Valid Thrive thrive,
        Set<SafeguardingFlag> safeguarding,
        @Size(max = 20_000, message = "must be at most 20,000 characters") String account,
        UUID linkTo) {

    public CallReport {
        caller = caller == null ? new Caller(null, null, null) : caller;
        location = location == null ? IncidentLocation.UNKNOWN : location;
        thrive = thrive == null ? Thrive.NOT_YET : thrive;
        safeguarding = safeguarding == null ? Set.of() : Set.copyOf(safeguarding);
        account = account == null || account.isBlank() ? null : account.strip();
    }
}

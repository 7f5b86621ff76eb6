package uk.peel.stopsearch;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an officer records of a stop. The rules across fields (a search needs its power, what was looked for, the
 * grounds and the outcome; section 60 and 47A need their authorisation; a safeguarding concern needs saying what
 * it is) are checked by {@link Stops#record}.
 *
 * @param personId the person record of the person stopped, where found; optional
 * @param personName the name they gave, where there is no record to link; optional
 * @param ageRange as data.police.uk publishes it: under 10, 10-17, 18-24, 25-34, over 34
 * @param operation the policing operation the stop was part of, if any
 * @param officer who made the stop (the officer's username or collar number); the recording user if not given
 */
public record NewStop(
        @NotNull(message = "Choose the kind of stop") StopType type,
        @NotNull(message = "Say when the stop happened") Instant stoppedAt,
        @NotNull(message = "Say where the stop happened") @Valid StopLocation location,
        UUID personId,
        @Size(max = 200, message = "must be at most 200 characters") String personName,
        @Size(max = 40, message = "must be at most 40 characters") String gender,
        @Pattern(regexp = "^(under 10|10-17|18-24|25-34|over 34)$", message = "choose one of under 10, 10-17, 18-24, 25-34, over 34")
        String ageRange,
        @Size(max = 120, message = "must be at most 120 characters") String selfDefinedEthnicity,
        @Size(max = 40, message = "must be at most 40 characters") String officerDefinedEthnicity,
        Legislation legislation,
        @Size(max = 200, message = "must be at most 200 characters") String authorisation,
        ObjectOfSearch objectOfSearch,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String grounds,
        StopOutcome outcome,
        Boolean outcomeLinkedToObject,
        Boolean removalOfMoreThanOuterClothing,
        @Size(max = 200, message = "must be at most 200 characters") String operation,
        @Size(max = 64, message = "must be at most 64 characters") String officer,
        StopConcern concern,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String concernDetails) {

    public NewStop {
        personName = blankToNull(personName);
        gender = blankToNull(gender);
        ageRange = blankToNull(ageRange);
        selfDefinedEthnicity = blankToNull(selfDefinedEthnicity);
        officerDefinedEthnicity = blankToNull(officerDefinedEthnicity);
        authorisation = blankToNull(authorisation);
        grounds = blankToNull(grounds);
        operation = blankToNull(operation);
        officer = blankToNull(officer);
        concernDetails = blankToNull(concernDetails);
        removalOfMoreThanOuterClothing = Boolean.TRUE.equals(removalOfMoreThanOuterClothing);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package uk.peel.stopsearch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stop as recorded: made once and not changed afterwards, because the person stopped is entitled to a copy of
 * the record and it must stay what they were given.
 *
 * @param reference such as SS-2026-000123, what the person is told to ask for
 * @param source where a record was loaded from outside Peel (the demo's data.police.uk rows); null otherwise
 */
public record Stop(StopId id, String reference, StopType type, Instant stoppedAt, StopLocation location, UUID personId,
                   String personName, String gender, String ageRange, String selfDefinedEthnicity,
                   String officerDefinedEthnicity, Legislation legislation, String authorisation,
                   ObjectOfSearch objectOfSearch, String grounds, StopOutcome outcome, Boolean outcomeLinkedToObject,
                   boolean removalOfMoreThanOuterClothing, String operation, String officer, StopConcern concern,
                   String concernDetails, String source, Instant recordedAt, String recordedBy) {

    public Stop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
    }

    /** Who was stopped, as a notice or a list names them when no person record is linked. */
    public String describePerson() {
        if (personName != null) {
            return personName;
        }
        StringBuilder described = new StringBuilder("Person stopped, not identified");
        String details = String.join(", ", java.util.stream.Stream.of(gender, ageRange == null ? null : "aged " + ageRange,
                officerDefinedEthnicity).filter(Objects::nonNull).toList());
        return details.isEmpty() ? described.toString() : described.append(" (").append(details).append(")").toString();
    }
}

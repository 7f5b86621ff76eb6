package uk.peel.crime;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The decision to record: the classification and the people and facts of the crime. One crime is recorded for each
 * victim (Home Office Counting Rules, section D); the suspects, offenders, witnesses and reporting person are
 * linked to each. What is left out is taken from the report (its location and summary).
 */
public record RecordCrimeRequest(
        String classification,
        List<UUID> victims,
        List<UUID> suspects,
        List<UUID> offenders,
        List<UUID> witnesses,
        UUID reportingPerson,
        @Valid CrimeLocation location,
        Instant committedFrom,
        Instant committedTo,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String modusOperandi,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String property,
        Set<CrimeFlag> flags,
        @Size(max = 64, message = "must be at most 64 characters") String allocatedTo) {

    public RecordCrimeRequest {
        victims = distinct(victims);
        suspects = distinct(suspects);
        offenders = distinct(offenders);
        witnesses = distinct(witnesses);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Everyone to be linked, in their roles (the victim of each crime is added per crime). */
    List<CrimePerson> othersThanVictims() {
        List<CrimePerson> people = new java.util.ArrayList<>();
        suspects.forEach(id -> people.add(new CrimePerson(CrimePerson.Role.SUSPECT, id)));
        offenders.forEach(id -> people.add(new CrimePerson(CrimePerson.Role.OFFENDER, id)));
        witnesses.forEach(id -> people.add(new CrimePerson(CrimePerson.Role.WITNESS, id)));
        if (reportingPerson != null) {
            people.add(new CrimePerson(CrimePerson.Role.REPORTING_PERSON, reportingPerson));
        }
        return people;
    }
}

package uk.peel.crime;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a crime says beyond its classification and status: the people linked to it, where and when it was
 * committed, how it was reported, the modus operandi, property, and the Home Office flags.
 *
 * @param cancellation why and on whose approval it was cancelled, once it is
 */
public record CrimeDetails(List<CrimePerson> people, CrimeLocation location, Instant committedFrom, Instant committedTo,
                           RecordingChannel howReported, String modusOperandi, String property, Set<CrimeFlag> flags,
                           String summary, Cancellation cancellation) {

    public CrimeDetails {
        people = people == null ? List.of() : List.copyOf(people);
        location = location == null ? CrimeLocation.UNKNOWN : location;
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public record Cancellation(CancellationReason reason, String explanation, String requestedBy, String approvedBy, Instant at) {
    }

    public List<CrimePerson> in(CrimePerson.Role role) {
        return people.stream().filter(p -> p.role() == role).toList();
    }

    CrimeDetails withPerson(CrimePerson person) {
        List<CrimePerson> more = new java.util.ArrayList<>(people);
        more.add(person);
        return new CrimeDetails(more, location, committedFrom, committedTo, howReported, modusOperandi, property, flags,
                summary, cancellation);
    }

    CrimeDetails amended(CrimeAmendment amendment) {
        return new CrimeDetails(people, amendment.location() == null ? location : amendment.location(),
                amendment.committedFrom(), amendment.committedTo(), howReported, amendment.modusOperandi(),
                amendment.property(), amendment.flags(), summary, cancellation);
    }

    CrimeDetails cancelled(Cancellation how) {
        return new CrimeDetails(people, location, committedFrom, committedTo, howReported, modusOperandi, property, flags,
                summary, how);
    }
}

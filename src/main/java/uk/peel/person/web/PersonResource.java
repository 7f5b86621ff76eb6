package uk.peel.person.web;

import java.time.Instant;
import java.util.List;

import uk.peel.person.Address;
import uk.peel.person.Alias;
import uk.peel.person.Gender;
import uk.peel.person.Identifier;
import uk.peel.person.OfficerDefinedEthnicity;
import uk.peel.person.PartialDate;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.SelfDefinedEthnicity;
import uk.peel.person.WarningMarker;

/**
 * A person record as the API returns it: the fields it was created with, plus its identity and provenance.
 * {@code mergedInto} names the record this one was merged into, where the person's details now live.
 */
record PersonResource(String id, int version, String forenames, String surname, List<Alias> aliases,
                      List<PartialDate> datesOfBirth, Gender gender, SelfDefinedEthnicity selfDefinedEthnicity,
                      OfficerDefinedEthnicity officerDefinedEthnicity, List<Address> addresses,
                      List<Identifier> identifiers, List<WarningMarker> warningMarkers, Instant createdAt,
                      String createdBy, Instant updatedAt, String updatedBy, String mergedInto) {

    static PersonResource of(Person person) {
        PersonDetails d = person.details();
        return new PersonResource(person.id().toString(), person.version(), d.forenames(), d.surname(), d.aliases(),
                d.datesOfBirth(), d.gender(), d.selfDefinedEthnicity(), d.officerDefinedEthnicity(), d.addresses(),
                d.identifiers(), d.warningMarkers(), person.createdAt(), person.createdBy(), person.updatedAt(),
                person.updatedBy(), person.mergedInto().map(PersonId::toString).orElse(null));
    }
}

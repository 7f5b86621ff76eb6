package uk.peel.search;

import java.util.ArrayList;
import java.util.List;

import uk.peel.namematch.Candidate;
import uk.peel.namematch.DateClue;
import uk.peel.namematch.Facets;
import uk.peel.person.Address;
import uk.peel.person.Alias;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;

/** What the name matcher needs of a person record: all their names (own name first) and dates of birth. */
final class PersonCandidates {

    private PersonCandidates() {
    }

    /** What the advanced search filters on: gender and the postcodes of every address, past and present. */
    static Facets facets(Person person) {
        PersonDetails details = person.details();
        return new Facets(details.gender().name(), details.addresses().stream().map(Address::postcode)
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    static Candidate of(Person person) {
        PersonDetails details = person.details();
        List<Candidate.Name> names = new ArrayList<>();
        names.add(new Candidate.Name(details.forenames(), details.surname(), "name"));
        for (Alias alias : details.aliases()) {
            // An alias with only a forename (a nickname) is known alongside the person's own surname.
            String surname = alias.surname() == null || alias.surname().isBlank() ? details.surname() : alias.surname();
            names.add(new Candidate.Name(alias.forenames(), surname, alias.type().label().toLowerCase(java.util.Locale.UK)));
        }
        List<DateClue> dates = details.datesOfBirth().stream().map(PersonQueries::clue).toList();
        return new Candidate(names, dates);
    }
}

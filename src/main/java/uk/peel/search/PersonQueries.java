package uk.peel.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.peel.namematch.DateClue;
import uk.peel.namematch.SearchText;
import uk.peel.person.PartialDate;
import uk.peel.person.PersonDetails;

/** A person record asked as a search: their own name, forenames first, and their first date of birth. */
final class PersonQueries {

    private PersonQueries() {
    }

    static SearchText.Query of(PersonDetails details) {
        List<String> names = new ArrayList<>();
        if (details.forenames() != null) {
            names.add(details.forenames());
        }
        names.add(details.surname());
        Optional<DateClue> born = details.primaryDateOfBirth().map(PersonQueries::clue);
        return new SearchText.Query(names, false, born);
    }

    static DateClue clue(PartialDate date) {
        return new DateClue(date.day(), date.month(), date.year());
    }
}

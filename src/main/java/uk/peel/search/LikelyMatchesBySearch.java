package uk.peel.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.peel.namematch.NameIndex;
import uk.peel.namematch.SearchFilters;
import uk.peel.person.LikelyMatches;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;

/**
 * Likely matches for a new record, found with the same index and scorer as a search by the record's own name and
 * first date of birth. Only matches at least as likely as not are offered: a list of weak matches would teach
 * officers to ignore it.
 */
@Component
class LikelyMatchesBySearch implements LikelyMatches {

    static final double THRESHOLD = 0.5;
    static final int MOST = 5;

    private final SearchIndex index;
    private final PersonRecords persons;

    LikelyMatchesBySearch(SearchIndex index, PersonRecords persons) {
        this.index = index;
        this.persons = persons;
    }

    @Override
    public List<LikelyMatch> of(PersonDetails details) {
        List<NameIndex.Hit> hits = index.search(PersonQueries.of(details), SearchFilters.NONE, MOST).stream()
                .filter(hit -> hit.match().score() >= THRESHOLD).toList();
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, NameIndex.Hit> byId = new HashMap<>();
        hits.forEach(hit -> byId.put(hit.id(), hit));
        List<Person> found = persons.foundBySearch(hits.stream().map(hit -> PersonId.of(hit.id())).toList(),
                "likely matches for new record " + details.indexName());
        return found.stream().map(person -> {
            NameIndex.Hit hit = byId.get(person.id().toString());
            return new LikelyMatch(person, hit.match().score(), hit.match().explanation());
        }).toList();
    }
}

package uk.peel.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.peel.namematch.NameIndex;
import uk.peel.namematch.SearchText;
import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;

/**
 * The search API: free text in, people out, best first, each with a score and the reasons it matched. Showing
 * the results is a consultation of every person shown, logged with the search text.
 */
@Service
public class PersonSearch {

    public static final int MAX_LIMIT = 100;

    private final SearchIndex index;
    private final PersonRecords persons;

    PersonSearch(SearchIndex index, PersonRecords persons) {
        this.index = index;
        this.persons = persons;
    }

    /** One person found, with why. */
    public record Result(Person person, double score, List<String> explanation) {
    }

    public List<Result> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Type a name, and a date of birth if known, to search for");
        }
        String search = text.strip();
        if (search.length() > 200) {
            throw new IllegalArgumentException("A search can be at most 200 characters");
        }
        SearchText.Query query = SearchText.now().read(search);
        if (query.names().isEmpty() && query.dateOfBirth().isEmpty()) {
            throw new IllegalArgumentException("'" + search + "' has no name or date of birth in it to search for");
        }
        List<NameIndex.Hit> hits = index.names().search(query, Math.clamp(limit, 1, MAX_LIMIT));
        Map<String, NameIndex.Hit> byId = new HashMap<>();
        hits.forEach(hit -> byId.put(hit.id(), hit));
        List<Person> found = persons.found(hits.stream().map(hit -> PersonId.of(hit.id())).toList(), search);
        return found.stream().map(person -> {
            NameIndex.Hit hit = byId.get(person.id().toString());
            return new Result(person, hit.match().score(), hit.match().explanation());
        }).toList();
    }

    /** Rebuilds the index from the records; answers how many people were indexed. */
    public long rebuildIndex() {
        return index.rebuild();
    }
}

package uk.peel.search;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.peel.namematch.NameIndex;
import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;

/**
 * The search API: free text in, people out, best first, each with a score and the reasons it matched. Showing
 * the results is a consultation of every person shown, logged with the search text.
 */
@Service
public class PersonSearch {

    public static final int MAX_LIMIT = 100;

    private final SearchIndex index;
    private final PersonRecords persons;
    private final Clock clock;

    PersonSearch(SearchIndex index, PersonRecords persons, Clock clock) {
        this.index = index;
        this.persons = persons;
        this.clock = clock;
    }

    /** One person found, with why. */
    public record Result(Person person, double score, List<String> explanation) {
    }

    /** The one search box: free text only. */
    public List<Result> search(String text, int limit) {
        return search(PersonSearchRequest.of(text), limit);
    }

    /**
     * The search box and the advanced fields together.
     *
     * @throws InvalidInputException naming each field that cannot be searched on as given
     */
    public List<Result> search(PersonSearchRequest request, int limit) {
        PersonSearchRequest.Checked checked = request.check(ForceTime.today(clock));
        if (!checked.valid()) {
            throw new InvalidInputException(checked.problems().entrySet().stream()
                    .map(problem -> new FieldProblem(problem.getKey(), problem.getValue())).toList());
        }
        List<NameIndex.Hit> hits = index.search(checked.query(), checked.filters(), Math.clamp(limit, 1, MAX_LIMIT));
        Map<String, NameIndex.Hit> byId = new HashMap<>();
        hits.forEach(hit -> byId.put(hit.id(), hit));
        List<Person> found = persons.foundBySearch(hits.stream().map(hit -> PersonId.of(hit.id())).toList(), checked.described());
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

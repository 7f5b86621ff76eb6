package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.peel.namematch.SearchText;

class LatencyQueriesTest {

    private final SyntheticPopulation population = new SyntheticPopulation(NameLists.shipped(), 8, 5_000, 0.2);

    @Test
    void theSameSeedAsksTheSameSearches() {
        assertThat(LatencyQueries.build(population, 200, 1)).isEqualTo(LatencyQueries.build(population, 200, 1));
        assertThat(LatencyQueries.build(population, 200, 2)).isNotEqualTo(LatencyQueries.build(population, 200, 1));
    }

    @Test
    void everySearchIsReadByTheSearchBoxAsNamesAndTheDateTyped() {
        SearchText reader = new SearchText(SyntheticPopulation.REFERENCE.getYear());
        List<LatencyQueries.Query> queries = LatencyQueries.build(population, 2_000, 3);
        int withDate = 0;
        int withFullDate = 0;
        for (LatencyQueries.Query query : queries) {
            SearchText.Query read = reader.read(query.text());
            assertThat(read.names()).as(query.text()).isNotEmpty();
            withDate += read.dateOfBirth().isPresent() ? 1 : 0;
            withFullDate += query.dateOfBirth() != null ? 1 : 0;
            if (query.dateOfBirth() != null) {
                assertThat(read.dateOfBirth()).as(query.text()).isPresent();
            }
            assertThat(query.original()).isBetween(1L, 5_000L);
            assertThat(population.isDuplicate(query.original())).isFalse();
        }
        // Two searches in ten are a name alone or are about someone whose date went missing.
        assertThat(withDate / 2_000.0).isBetween(0.7, 0.9);
        assertThat(withFullDate).isLessThan(withDate);
        assertThat(queries).extracting(LatencyQueries.Query::text).anyMatch(text -> text.contains(", "))
                .anyMatch(text -> text.contains(" b.")).anyMatch(text -> text.matches(".*\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void aPersonsRecordsAreTheirOriginalAndEveryDuplicateOfIt() {
        List<LatencyQueries.Query> queries = LatencyQueries.build(population, 300, 4);

        Map<Long, Set<Long>> records = LatencyQueries.recordsOfPeople(population, queries);

        assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(
                queries.stream().map(LatencyQueries.Query::original).distinct().toList());
        records.forEach((original, lines) -> {
            assertThat(lines).contains(original);
            lines.forEach(line -> assertThat(population.originalOf(line)).isEqualTo(original));
        });
        assertThat(records.values().stream().mapToInt(Set::size).sum()).isGreaterThan(records.size());
    }
}

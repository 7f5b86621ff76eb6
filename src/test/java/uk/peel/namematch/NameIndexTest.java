package uk.peel.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static final NameVariants VARIANTS = NameVariants.standard();
    private static final SurnameFrequencies SURNAMES = SurnameFrequencies.standardUk();
    private final SearchText reader = new SearchText(2026);
    private NameIndex index;

    @BeforeEach
    void openIndex() {
        index = NameIndex.inMemory(VARIANTS, SURNAMES);
        index.put("robert", new Candidate(List.of(new Candidate.Name("Robert James", "Smith", "name"),
                new Candidate.Name("Bobby", "Smithe", "alias")), List.of(new DateClue(3, 12, 1985))));
        index.put("roberta", person("Roberta", "Smith", new DateClue(3, 12, 1985)));
        index.put("older-robert", person("Robert", "Smith", new DateClue(14, 7, 1950)));
        index.put("margaret", person("Margaret", "O'Neill", new DateClue(null, null, 1961)));
        index.put("jan", person("Jan", "Kowalski", new DateClue(1, 2, 1979)));
        index.put("ann", person("Ann", "Smith-Jones", new DateClue(9, 9, 1990)));
        index.refresh();
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private static Candidate person(String forenames, String surname, DateClue dateOfBirth) {
        return new Candidate(List.of(new Candidate.Name(forenames, surname, "name")), List.of(dateOfBirth));
    }

    private List<String> ids(String text) {
        return index.search(reader.read(text), 10).stream().map(NameIndex.Hit::id).toList();
    }

    @Test
    void findsRobertFirstForAMisspeltNicknameSearchWithSwappedDate() {
        List<NameIndex.Hit> hits = index.search(reader.read("bob smyth 12/03/1985"), 5);

        assertThat(hits.getFirst().id()).isEqualTo("robert");
        assertThat(hits.getFirst().match().explanation()).contains("forename: Bob is a nickname of Robert");
    }

    @Test
    void findsPeopleByVariantsNicknamesPartsOfSurnamesAndSoundAlikes() {
        assertThat(ids("SMITH, Robert b.1950").getFirst()).isEqualTo("older-robert");
        assertThat(ids("peggy oneil").getFirst()).isEqualTo("margaret");
        assertThat(ids("jan kovalsky").getFirst()).isEqualTo("jan");
        assertThat(ids("ann jones").getFirst()).isEqualTo("ann");
        assertThat(ids("smiht robert 03/12/1985").getFirst()).isEqualTo("robert");
    }

    @Test
    void aCorrectionReplacesThePersonsEntryAndADeletionRemovesIt() {
        index.put("jan", person("Janusz", "Nowak", new DateClue(1, 2, 1979)));
        index.delete("ann");
        index.refresh();

        assertThat(ids("janusz nowak").getFirst()).isEqualTo("jan");
        assertThat(ids("jan kowalski")).doesNotContain("jan");
        assertThat(ids("ann smith-jones")).doesNotContain("ann");
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void aSearchWithNothingToSearchForFindsNothing() {
        assertThat(ids("  ")).isEmpty();
        assertThat(ids("!!!")).isEmpty();
    }
}

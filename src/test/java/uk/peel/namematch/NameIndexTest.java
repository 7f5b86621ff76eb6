package uk.peel.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;

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
    void misspeltNamesAreGatheredFromEveryFieldWithTheSameAutomatonAndTheNearestScoreHighest() {
        index.put("smyth", person("Roberto", "Smyth", new DateClue(1, 1, 1960)));
        index.put("kowalsky", person("Joanna", "Kowalsky", new DateClue(2, 2, 1962)));
        index.refresh();

        // Two edits in a surname of six letters or more, one in a shorter one, a transposition counting as one.
        assertThat(ids("kowlaski")).contains("jan", "kowalsky");
        assertThat(ids("kowlaski").indexOf("jan")).isLessThan(ids("kowlaski").indexOf("kowalsky"));
        assertThat(ids("smtih")).contains("robert", "roberta", "older-robert", "smyth");
        // The first letter is kept: "Mith" is three edits from nothing but two from Smith, yet does not gather him.
        assertThat(ids("mith")).doesNotContain("robert", "older-robert");
        // The same word in another query reuses its automaton and answers the same.
        assertThat(ids("kowlaski")).isEqualTo(ids("kowlaski"));
        // A name in another script is still matched within its edits.
        index.put("ivan", person("Иван", "Петров", new DateClue(3, 3, 1963)));
        index.refresh();
        assertThat(ids("петрав")).contains("ivan");
    }

    @Test
    void compactingLeavesOneSegmentAndTheSameAnswers() {
        for (int i = 0; i < 5; i++) {
            index.put("extra-" + i, person("Robert", "Smith" + "abcde".charAt(i), new DateClue(3, 12, 1985)));
            index.commit();
            index.refresh();
        }
        List<NameIndex.Hit> before = index.search(reader.read("bob smyth 12/03/1985"), 10);
        assertThat(index.segments()).isGreaterThan(1);

        index.compact();

        assertThat(index.segments()).isEqualTo(1);
        assertThat(index.count()).isEqualTo(11);
        assertThat(index.search(reader.read("bob smyth 12/03/1985"), 10)).isEqualTo(before);
    }

    @Test
    void aSurnameRecordedRunTogetherIsFoundWhenItsParticleIsTypedApart() {
        index.put("pierre", person("Pierre", "Leroux", new DateClue(4, 5, 1970)));
        index.put("fiona", person("Fiona", "MacKenzie", new DateClue(6, 7, 1981)));
        index.refresh();

        // Neither is found by "Roux" or "Kenzie" alone: they are gathered and matched only with the particle put back.
        List<NameIndex.Hit> leroux = index.search(reader.read("pierre le roux"), 5);
        assertThat(leroux).extracting(NameIndex.Hit::id).first().isEqualTo("pierre");
        assertThat(leroux.getFirst().match().explanation()).contains("read \"le roux\" as Leroux", "forename Pierre matches");
        assertThat(ids("fiona mac kenzie").getFirst()).isEqualTo("fiona");
        // A surname typed alone with its particle apart: the particle opens the query, so it could be a forename.
        List<NameIndex.Hit> surnameAlone = index.search(reader.read("le roux"), 5);
        assertThat(surnameAlone).extracting(NameIndex.Hit::id).first().isEqualTo("pierre");
        assertThat(surnameAlone.getFirst().match().explanation()).contains("read \"le roux\" as Leroux");
        assertThat(ids("SMITH, Robert b.1950").getFirst()).isEqualTo("older-robert");
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

    @Test
    void filtersNarrowTheSearchWithoutChangingScores() {
        index.put("robert", new Candidate(List.of(new Candidate.Name("Robert James", "Smith", "name")), List.of(new DateClue(3, 12, 1985))),
                new Facets("MALE", List.of("m16 0ra", "SW1A 1AA")));
        index.put("roberta", person("Roberta", "Smith", new DateClue(3, 12, 1985)), new Facets("FEMALE", List.of("M16 9XX")));
        index.put("older-robert", person("Robert", "Smith", new DateClue(14, 7, 1950)), new Facets("MALE", List.of("M1 6AB")));
        index.refresh();
        SearchText.Query query = reader.read("robert smith");

        assertThat(filtered(query, new SearchFilters("MALE", null, null, null))).containsExactlyInAnyOrder("robert", "older-robert");
        assertThat(filtered(query, new SearchFilters(null, "M16 0RA", null, null))).containsExactly("robert");
        assertThat(filtered(query, new SearchFilters(null, "m160ra", null, null))).containsExactly("robert");
        assertThat(filtered(query, new SearchFilters(null, "M16 0", null, null))).containsExactly("robert");
        assertThat(filtered(query, new SearchFilters(null, "M16", null, null))).containsExactlyInAnyOrder("robert", "roberta");
        assertThat(filtered(query, new SearchFilters(null, "M1 6", null, null))).containsExactly("older-robert");
        assertThat(filtered(query, new SearchFilters(null, "sw1a", null, null))).containsExactly("robert");
        assertThat(filtered(query, new SearchFilters(null, null, 1980, 1989))).containsExactlyInAnyOrder("robert", "roberta");
        assertThat(filtered(query, new SearchFilters(null, null, 1990, null))).containsExactly("ann");
        assertThat(filtered(query, new SearchFilters("FEMALE", null, null, 1960))).isEmpty();
        assertThat(index.search(query, new SearchFilters("MALE", null, null, null), 1).getFirst().match())
                .isEqualTo(index.search(query, 1).getFirst().match());
    }

    @Test
    void aBirthYearFilterLeavesOutPeopleWithNoDateOfBirth() {
        index.put("unknown-age", new Candidate(List.of(new Candidate.Name("Robert", "Smith", "name")), List.of()));
        index.refresh();

        assertThat(filtered(reader.read("robert smith"), new SearchFilters(null, null, 1900, 2100))).doesNotContain("unknown-age");
        assertThat(ids("robert smith")).contains("unknown-age");
    }

    @Test
    void filtersAloneListEveryoneTheySelectBySurname() {
        index.put("ann", person("Ann", "Smith-Jones", new DateClue(9, 9, 1990)), new Facets("FEMALE", List.of("M16 0RA")));
        index.put("roberta", person("Roberta", "Smith", new DateClue(3, 12, 1985)), new Facets("FEMALE", List.of("M16 1AA")));
        index.put("margaret", person("Margaret", "O'Neill", new DateClue(null, null, 1961)), new Facets("FEMALE", List.of("M16 2AA")));
        index.refresh();

        List<NameIndex.Hit> hits = index.search(reader.read(""), new SearchFilters("FEMALE", "M16", null, null), 10);

        assertThat(hits).extracting(NameIndex.Hit::id).containsExactly("margaret", "roberta", "ann");
        assertThat(hits.getFirst().match().explanation()).containsExactly("matches the filters; no name or date of birth given to compare");
        assertThat(index.search(reader.read(""), SearchFilters.NONE, 10)).isEmpty();
    }

    @Test
    void namesStatedInTheirFieldsAreSearchedAsStated() {
        List<NameIndex.Hit> hits = index.search(SearchText.Query.of("Bob", "Smyth", new DateClue(12, 3, 1985)), 5);

        assertThat(hits.getFirst().id()).isEqualTo("robert");
        assertThat(index.search(SearchText.Query.of(null, "Kowalski", null), 5).getFirst().id()).isEqualTo("jan");
    }

    @Test
    void similarPeopleAreFoundFromEitherSideWithTheRecordItselfLeftOut() {
        Candidate robert = new Candidate(List.of(new Candidate.Name("Robert James", "Smith", "name"),
                new Candidate.Name("Bobby", "Smithe", "alias")), List.of(new DateClue(3, 12, 1985)));
        Candidate duplicate = person("Bob", "Smyth", new DateClue(12, 3, 1985));
        index.put("duplicate", duplicate);
        index.refresh();

        List<NameIndex.Hit> fromRobert = index.similarTo("robert", robert, 5);
        List<NameIndex.Hit> fromDuplicate = index.similarTo("duplicate", duplicate, 5);

        NameIndex.Hit robertToDuplicate = fromRobert.stream().filter(hit -> hit.id().equals("duplicate")).findFirst().orElseThrow();
        assertThat(fromRobert).extracting(NameIndex.Hit::id).doesNotContain("robert");
        assertThat(fromDuplicate).extracting(NameIndex.Hit::id).doesNotContain("duplicate").first().isEqualTo("robert");
        assertThat(robertToDuplicate.match().score()).isEqualTo(fromDuplicate.getFirst().match().score()).isGreaterThan(0.7);
        assertThat(robertToDuplicate.match().explanation()).contains("date of birth: day and month swapped");
        assertThat(index.similarTo("jan", person("Jan", "Kowalski", new DateClue(1, 2, 1979)), 5))
                .allSatisfy(hit -> assertThat(hit.match().score()).isLessThan(0.5));
    }

    @Test
    void everyRecordFindsItselfFirstAndNoSearchBreaksTheIndex() {
        java.util.Random random = new java.util.Random(3);
        List<Candidate> people = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Candidate person = person(randomName(random), randomName(random) + "-" + randomName(random),
                    new DateClue(1 + random.nextInt(28), 1 + random.nextInt(12), 1930 + random.nextInt(80)));
            people.add(person);
            index.put("p" + i, person);
        }
        index.refresh();
        for (int i = 0; i < people.size(); i++) {
            Candidate.Name name = people.get(i).names().getFirst();
            DateClue born = people.get(i).datesOfBirth().getFirst();
            String text = name.forenames() + " " + name.surname() + " %02d/%02d/%d".formatted(born.day(), born.month(), born.year());
            assertThat(ids(text).getFirst()).as(text).isEqualTo("p" + i);
        }
        for (int i = 0; i < 300; i++) {
            String text = MatchScorerTest.randomUnicode(random, 200);
            assertThat(index.search(reader.read(text), new SearchFilters(null, MatchScorerTest.randomUnicode(random, 9), null, null), 10))
                    .as(text).allSatisfy(hit -> assertThat(hit.match().score()).isBetween(0.0, 1.0));
            assertThat(index.search(reader.read(text), 10)).allSatisfy(hit -> assertThat(hit.match().score()).isBetween(0.0, 1.0));
        }
    }

    private static String randomName(java.util.Random random) {
        StringBuilder name = new StringBuilder();
        for (int c = 4 + random.nextInt(6); c > 0; c--) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private List<String> filtered(SearchText.Query query, SearchFilters filters) {
        return index.search(query, filters, 10).stream().map(NameIndex.Hit::id).toList();
    }

    @Test
    void peopleIndexedBeforeCandidatesWereDocValuesAreStillFoundAndScoredUntilTheNextReindex(@TempDir Path path)
            throws Exception {
        // As the index looked before: the candidate and id as stored fields only.
        Candidate old = person("Robert", "Smith", new DateClue(3, 12, 1985));
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(path), new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new StringField(NameIndex.ID, "indexed-before", Field.Store.YES));
            document.add(new StringField(NameIndex.SURNAME, "smith", Field.Store.NO));
            document.add(new StringField(NameIndex.FORENAME, "robert", Field.Store.NO));
            document.add(new StoredField(NameIndex.STORED_CANDIDATE, CandidateCodec.encode(old)));
            writer.addDocument(document);
        }
        try (NameIndex mixed = NameIndex.onDisk(path, VARIANTS, SURNAMES)) {
            mixed.put("indexed-now", person("Roberta", "Smith", new DateClue(3, 12, 1985)));
            mixed.commit();
            mixed.refresh();

            List<NameIndex.Hit> hits = mixed.search(reader.read("robert smith 03/12/1985"), 5);

            assertThat(hits).extracting(NameIndex.Hit::id).containsExactly("indexed-before", "indexed-now");
            assertThat(hits.getFirst().match().explanation()).anyMatch(reason -> reason.contains("date of birth"));
        }
    }

    @Test
    void anIndexFromBeforeLayoutsWereStampedNeedsRebuildingUntilItIsAndANewIndexDoesNot(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old");
        Path fresh = dir.resolve("fresh");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new StringField(NameIndex.ID, "indexed-before", Field.Store.YES));
            writer.addDocument(document);
        }
        try (NameIndex before = NameIndex.onDisk(old, VARIANTS, SURNAMES)) {
            assertThat(before.builtWithCurrentLayout()).isFalse();
            // Indexing into it and compacting it (as this release does) does not make the old index current.
            before.put("indexed-now", person("Ada", "Lovelace", new DateClue(10, 12, 1985)));
            before.commit();
            before.compact();
        }
        try (NameIndex before = NameIndex.onDisk(old, VARIANTS, SURNAMES)) {
            assertThat(before.builtWithCurrentLayout()).isFalse();
            assertThat(before.count()).isEqualTo(2);
        }
        try (NameIndex rebuilt = NameIndex.onDisk(fresh, VARIANTS, SURNAMES)) {
            assertThat(rebuilt.builtWithCurrentLayout()).isTrue();
            rebuilt.put("indexed-now", person("Ada", "Lovelace", new DateClue(10, 12, 1985)));
            rebuilt.commit();
        }
        try (NameIndex reopened = NameIndex.onDisk(fresh, VARIANTS, SURNAMES)) {
            assertThat(reopened.builtWithCurrentLayout()).isTrue();
        }
        assertThat(NameIndex.inMemory(VARIANTS, SURNAMES).builtWithCurrentLayout()).isTrue();
    }
}

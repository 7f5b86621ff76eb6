package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.peel.person.Alias;
import uk.peel.person.Gender;
import uk.peel.person.PersonDetails;

class PopulationGeneratorTest {

    private static final NameLists SHIPPED = NameLists.shipped();
    /** Stricter than the importer: a misspelt field name fails here instead of being ignored there. */
    private static final JsonMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static ValidatorFactory validators;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        validators = Validation.buildDefaultValidatorFactory();
        validator = validators.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validators.close();
    }

    private static List<String> generate(Path dir, String name, long persons, long seed) throws IOException {
        Path file = dir.resolve(name);
        new PopulationGenerator(new SyntheticPopulation(SHIPPED, seed, persons, 0.1)).write(file);
        return Files.readAllLines(file);
    }

    @Test
    void theSameSeedGivesTheSamePopulationAndAnotherSeedAnotherOne(@TempDir Path dir) throws IOException {
        List<String> first = generate(dir, "a.ndjson", 2_000, 42);
        List<String> again = generate(dir, "b.ndjson", 2_000, 42);
        List<String> other = generate(dir, "c.ndjson", 2_000, 43);

        assertThat(again).isEqualTo(first);
        assertThat(Files.readString(dir.resolve("b.duplicates.csv"))).isEqualTo(Files.readString(dir.resolve("a.duplicates.csv")));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void anyLineCanBeWorkedOutOnItsOwnWithoutGeneratingTheLinesBeforeIt(@TempDir Path dir) throws IOException {
        List<String> lines = generate(dir, "p.ndjson", 3_000, 7);
        SyntheticPopulation population = new SyntheticPopulation(SHIPPED, 7, 3_000, 0.1);

        for (long line : new long[] {2_999, 1, 1_500}) {
            StringBuilder json = new StringBuilder();
            population.line(line).record().appendJson(json);
            assertThat(json.toString()).isEqualTo(lines.get((int) line - 1));
        }
    }

    @Test
    void everyLineIsAPersonTheImportAcceptsWithItsLineAsSourceId(@TempDir Path dir) throws IOException {
        List<String> lines = generate(dir, "p.ndjson", 5_000, 11);

        for (int i = 0; i < lines.size(); i++) {
            ObjectNode node = (ObjectNode) STRICT.readTree(lines.get(i));
            assertThat(node.remove("sourceId").asString()).isEqualTo("GEN-" + (i + 1));
            PersonDetails details = STRICT.treeToValue(node, PersonDetails.class);
            assertThat(validator.validate(details)).as("line %d: %s", i + 1, lines.get(i)).isEmpty();
        }
    }

    @Test
    void theGroundTruthNamesEveryDuplicateWithAnOriginalOfTheSamePerson(@TempDir Path dir) throws IOException {
        List<String> lines = generate(dir, "p.ndjson", 10_000, 5);
        List<String> truth = Files.readAllLines(dir.resolve("p.duplicates.csv"));
        SyntheticPopulation population = new SyntheticPopulation(SHIPPED, 5, 10_000, 0.1);

        assertThat(truth.getFirst()).isEqualTo("sourceId,sameAsSourceId,slips");
        Set<Long> duplicates = new HashSet<>();
        for (String row : truth.subList(1, truth.size())) {
            String[] cells = row.split(",");
            long duplicate = Long.parseLong(cells[0].substring("GEN-".length()));
            long original = Long.parseLong(cells[1].substring("GEN-".length()));
            duplicates.add(duplicate);
            assertThat(population.isDuplicate(duplicate)).isTrue();
            assertThat(population.isDuplicate(original)).as("an original is never itself a duplicate").isFalse();
            assertThat(original).isBetween(1L, 10_000L).isNotEqualTo(duplicate);
            assertThat(cells[2]).isNotBlank();
            assertThat(lines.get((int) duplicate - 1)).isNotEqualTo(lines.get((int) original - 1)
                    .replace("\"GEN-" + original + "\"", "\"GEN-" + duplicate + "\""));
        }
        long expected = java.util.stream.LongStream.rangeClosed(1, 10_000).filter(population::isDuplicate).count();
        assertThat((long) duplicates.size()).isEqualTo(expected);
        assertThat(expected / 10_000.0).isCloseTo(0.1, within(0.01));
    }

    @Test
    void aDuplicateKeepsThePersonRecognisableButMisrecorded() {
        SyntheticPopulation population = new SyntheticPopulation(SHIPPED, 3, 20_000, 0.2);
        Map<Slip, Integer> seen = new HashMap<>();
        for (long line = 1; line <= 20_000; line++) {
            SyntheticPopulation.Line generated = population.line(line);
            if (!generated.isDuplicate()) {
                continue;
            }
            assertThat(generated.slips()).isNotEmpty().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(3);
            generated.slips().forEach(slip -> seen.merge(slip, 1, Integer::sum));
            SyntheticPerson person = population.person(generated.original());
            PersonRecord record = generated.record();
            if (generated.slips().contains(Slip.DAY_MONTH_SWAPPED) && generated.slips().size() == 1) {
                LocalDate born = person.born();
                assertThat(record.dateOfBirth()).isEqualTo("%04d-%02d-%02d".formatted(born.getYear(), born.getDayOfMonth(),
                        born.getMonthValue()));
            }
            if (generated.slips().equals(List.of(Slip.NO_DATE_OF_BIRTH))) {
                assertThat(record.dateOfBirth()).isNull();
                assertThat(record.surname()).isEqualToIgnoringCase(PersonRecord.capitalised(person.surname()));
            }
        }
        // The shipped lists have no surname variants; every other slip happens.
        assertThat(seen.keySet()).containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(Slip.SURNAME_VARIANT)));
        assertThat(seen.get(Slip.SURNAME_TYPO)).isGreaterThan(seen.get(Slip.INITIAL_ONLY));
    }

    @Test
    void namesSexesAgesAndAliasesAreDrawnInRoughlyTheIntendedShares() {
        int n = 20_000;
        SyntheticPopulation population = new SyntheticPopulation(SHIPPED, 9, n, 0.1);
        int male = 0;
        int smith = 0;
        int fifteenToFortyFour = 0;
        int over90 = 0;
        int maiden = 0;
        int women30plus = 0;
        int middle = 0;
        int addressed = 0;
        for (long line = 1; line <= n; line++) {
            SyntheticPerson person = population.person(line);
            int age = java.time.Period.between(person.born(), SyntheticPopulation.REFERENCE).getYears();
            assertThat(person.born()).isAfter(LocalDate.of(1920, 12, 31)).isBefore(SyntheticPopulation.REFERENCE);
            male += person.male() ? 1 : 0;
            smith += person.birthSurname() == null && person.surname().equals("smith") ? 1 : 0;
            fifteenToFortyFour += age >= 15 && age < 45 ? 1 : 0;
            over90 += age >= 90 ? 1 : 0;
            middle += person.middle() != null ? 1 : 0;
            addressed += person.addresses().isEmpty() ? 0 : 1;
            if (!person.male() && age >= 30) {
                women30plus++;
                maiden += person.aliases().stream().anyMatch(alias -> alias.type().equals("MAIDEN")) ? 1 : 0;
            }
        }
        assertThat(male / (double) n).isCloseTo(0.49, within(0.02));
        // Smith is 1.3% of the UK surname list; the 19% of people who are married women took another name.
        assertThat(smith / (double) n).isCloseTo(0.01302 * 0.81, within(0.003));
        // The age bands put 55.5 of 99.1 parts between 15 and 44.
        assertThat(fifteenToFortyFour / (double) n).isCloseTo(55.5 / 99.1, within(0.02));
        assertThat(over90 / (double) n).isLessThan(0.01);
        assertThat(maiden / (double) women30plus).isCloseTo(0.5, within(0.05));
        assertThat(middle / (double) n).isCloseTo(0.55, within(0.03));
        assertThat(addressed / (double) n).isCloseTo(0.92, within(0.02));
    }

    @Test
    void aRecordReadsBackAsTheSamePersonDetails() {
        SyntheticPopulation population = new SyntheticPopulation(SHIPPED, 1, 500, 0);
        for (long line = 1; line <= 500; line++) {
            SyntheticPerson person = population.person(line);
            StringBuilder json = new StringBuilder();
            population.line(line).record().appendJson(json);
            ObjectNode node = (ObjectNode) STRICT.readTree(json.toString());
            node.remove("sourceId");
            PersonDetails details = STRICT.treeToValue(node, PersonDetails.class);

            assertThat(details.surname()).isEqualTo(PersonRecord.capitalised(person.surname()));
            assertThat(details.forenames()).isEqualTo(PersonRecord.capitalised(person.forenames()));
            assertThat(details.primaryDateOfBirth().orElseThrow().earliest()).isEqualTo(person.born());
            assertThat(details.gender()).isIn(person.male() ? Gender.MALE : Gender.FEMALE, Gender.UNKNOWN);
            assertThat(details.aliases()).extracting(Alias::type).extracting(Enum::name)
                    .containsExactlyElementsOf(person.aliases().stream().map(PersonRecord.Name::type).toList());
            assertThat(details.addresses()).hasSameSizeAs(person.addresses());
        }
    }

    @Test
    void writesJsonStringsEscaped() {
        PersonRecord record = new PersonRecord(null, "Anne \"Nan\"", "O'Brien\\", "FEMALE", null, List.of(), List.of(), null);
        StringBuilder json = new StringBuilder();
        record.appendJson(json);

        JsonNode node = STRICT.readTree(json.toString());
        assertThat(node.get("forenames").asString()).isEqualTo("Anne \"Nan\"");
        assertThat(node.get("surname").asString()).isEqualTo("O'Brien\\");
        assertThat(node.has("sourceId")).isFalse();
    }

    @Test
    void capitalisesNamesAsPeopleWriteThem() {
        assertThat(PersonRecord.capitalised("o'brien")).isEqualTo("O'Brien");
        assertThat(PersonRecord.capitalised("smith-jones")).isEqualTo("Smith-Jones");
        assertThat(PersonRecord.capitalised("mcdonald")).isEqualTo("McDonald");
        assertThat(PersonRecord.capitalised("mary ann")).isEqualTo("Mary Ann");
        assertThat(PersonRecord.capitalised("marcus")).isEqualTo("Marcus");
    }

    @Test
    void namesTheGroundTruthFileAfterThePopulationFile() {
        assertThat(PopulationGenerator.truthFile(Path.of("/d/people.ndjson"))).isEqualTo(Path.of("/d/people.duplicates.csv"));
        assertThat(PopulationGenerator.truthFile(Path.of("people"))).isEqualTo(Path.of("people.duplicates.csv"));
    }
}

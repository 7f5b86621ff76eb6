package uk.peel.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchScorerTest {

    private static final MatchScorer SCORER = new MatchScorer(NameVariants.standard(), SurnameFrequencies.standardUk());
    private static final SearchText READER = new SearchText(2026);

    private static final Candidate ROBERT = new Candidate(List.of(
            new Candidate.Name("Robert James", "Smith", "name"),
            new Candidate.Name("Bobby", "Smithe", "alias")),
            List.of(new DateClue(3, 12, 1985)));

    private static Match score(String text, Candidate candidate) {
        return SCORER.score(READER.read(text), candidate);
    }

    private static Candidate person(String forenames, String surname, String dateOfBirth) {
        return new Candidate(List.of(new Candidate.Name(forenames, surname, "name")),
                dateOfBirth == null ? List.of() : List.of(READER.read(dateOfBirth).dateOfBirth().orElseThrow()));
    }

    @Test
    void findsRobertFromANicknameASoundAlikeSurnameAndASwappedDate() {
        Match match = score("bob smyth 12/03/1985", ROBERT);

        assertThat(match.score()).isGreaterThan(0.9);
        assertThat(match.explanation()).contains("forename: Bob is a nickname of Robert",
                "surname Smyth sounds like Smith", "date of birth: day and month swapped");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SMITH, Robert b.1985",
            "smith robert 1985",
            "robert smith 03/12/1985",
            "Robert Smiht 3/12/85",
            "R Smith 1985-12-03",
            "bobby smithe",
            "robert smith 03/12/1986",
            "robert smith 08/12/1985"})
    void findsRobertHoweverTheSearchIsWritten(String text) {
        assertThat(score(text, ROBERT).score()).as(text + " " + score(text, ROBERT)).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "john jones 01/01/1970",
            "margaret smith 14/07/1950",
            "robert patel 1990",
            "zbigniew kowalczyk"})
    void doesNotMatchSomeoneElse(String text) {
        assertThat(score(text, ROBERT).score()).as(text + " " + score(text, ROBERT)).isLessThan(0.1);
    }

    @ParameterizedTest
    @CsvSource({
            "Mohammed Khan, Muhammad, Khan",
            "Mohamed Khan, Muhammad, Khan",
            "Anna Schmitt, Anna, Schmidt",
            "Jan Kovalsky, Jan, Kowalski",
            "Hans Mueller, Hans, Müller",
            "Hans Muller, Hans, Müller",
            "Ann Jones, Ann, Smith-Jones",
            "Pieter Berg, Pieter, van der Berg",
            "Pieter Vanderberg, Pieter, van der Berg",
            "Peggy Oneill, Margaret, O'Neill"})
    void matchesSpellingsFromOtherTraditions(String query, String forenames, String surname) {
        Match match = score(query, person(forenames, surname, null));

        assertThat(match.score()).as(query + " " + match).isGreaterThan(0.5);
    }

    @Test
    void theExactDateRanksAboveNearMisses() {
        double exact = score("robert smith 03/12/1985", ROBERT).score();
        double swapped = score("robert smith 12/03/1985", ROBERT).score();
        double yearOut = score("robert smith 03/12/1987", ROBERT).score();
        double wrong = score("robert smith 17/06/1962", ROBERT).score();

        assertThat(exact).isGreaterThan(swapped);
        assertThat(swapped).isGreaterThan(yearOut);
        assertThat(yearOut).isGreaterThan(wrong);
    }

    @Test
    void agreementOnARareSurnameCountsForMoreThanOnACommonOne() {
        Match common = score("smith", person("Robert", "Smith", null));
        Match rare = score("featherstonehaugh", person("Robert", "Featherstonehaugh", null));

        assertThat(rare.weight()).isGreaterThan(common.weight() + 3);
        assertThat(rare.explanation()).anyMatch(reason -> reason.contains("rare surname"));
    }

    @Test
    void thePersonsOwnNameRanksAboveAnAliasThatMatchesAsWell() {
        Candidate ownName = person("Robert", "Smith", "1985-12-03");
        Candidate alias = new Candidate(List.of(new Candidate.Name("Dave", "Jones", "name"),
                new Candidate.Name("Robert", "Smith", "alias")), List.of(new DateClue(3, 12, 1985)));

        Match viaAlias = score("robert smith 03/12/1985", alias);

        assertThat(score("robert smith 03/12/1985", ownName).score()).isGreaterThan(viaAlias.score());
        assertThat(viaAlias.explanation()).contains("matched on alias Robert Smith");
    }

    @Test
    void anyQueryAgainstAnyPersonGivesAScoreBetweenZeroAndOne() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz éü-'/0123456789,";
        for (int i = 0; i < 2_000; i++) {
            String text = randomText(random, alphabet, 30);
            Candidate candidate = person(randomText(random, "abcdefghij ", 12), randomText(random, "klmnopqrst-", 12), null);
            Match match = score(text, candidate);
            assertThat(match.score()).as(text).isBetween(0.0, 1.0);
            assertThat(match.explanation()).doesNotContainNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maliah clarkson 31/03/1952 | Maliah | Clarke     | 1952-03-31 | surname Clarkson is spelt much like Clarke",
            "noah satte rley 1951       | Noah   | Satterley  | 1951-10-16 | read \"satte rley\" as Satterley",
            "john mc donald 03/12/1985  | John   | McDonald   | 1985-12-03 | read \"mc donald\" as Mcdonald",
            "anna van der berg 1990     | Anna   | Vanderberg | 1990-02-01 | read \"van der berg\" as Vanderberg",
            "ben grubb 05/11/1955       | Ben    | Grubb      | 1955-11-05 | forename Ben matches",
            "robert smith 03/12/1958    | Robert | Smith      | 1985-12-03 | date of birth: two neighbouring digits swapped",
            "robert smith 1985          | Robert | Smith      | 1985-12-03 | year of birth matches"})
    void eachNewKindOfAgreementIsFoundAndSaidInWords(String text, String forenames, String surname, String born, String reason) {
        Match match = score(text, person(forenames, surname, born));

        assertThat(match.explanation()).as(text).contains(reason);
        assertThat(match.score()).as(text + " " + match).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alicia heron 31/01/1932      | Alicia | Green     | 1975-06-02",
            "taylor hathaway 07/12/1999   | Yasmin | Quilliam  | 1950-01-01",
            "katelyn cochrane 04/06/1918  | Emiily | Vimpany   | 1960-02-03"})
    void namesThatOnlyShareACoarseSoundOrCouldBeRunTogetherDoNotMatch(String text, String forenames, String surname, String born) {
        Match match = score(text, person(forenames, surname, born));

        assertThat(match.score()).as(text + " " + match).isLessThan(0.05);
        assertThat(match.explanation()).noneMatch(reason -> reason.startsWith("read "));
    }

    @Test
    void aRecordWithNoSurnameIsNeitherForNorAgainst() {
        Match noSurname = score("jade quast 21/01/1939", person("Jade", null, "1939-01-21"));
        Match otherSurname = score("jade quast 21/01/1939", person("Jade", "Hyland", "1939-01-21"));

        assertThat(noSurname.weight()).isGreaterThan(otherSurname.weight());
        assertThat(noSurname.explanation()).noneMatch(reason -> reason.contains("surname differs"));
    }

    @Test
    void aStatedNameIsScoredAsStatedNotAlsoTheOtherWayRound() {
        SearchText.Query stated = SearchText.Query.of("Smith", "Robert", new DateClue(3, 12, 1985));

        assertThat(SCORER.score(stated, ROBERT).explanation()).doesNotContain("forename and surname swapped");
        assertThat(SCORER.score(stated, ROBERT).weight()).isLessThan(score("smith robert 03/12/1985", ROBERT).weight());
        assertThat(SCORER.score(SearchText.Query.of("Robert", "Smith", new DateClue(3, 12, 1985)), ROBERT).score())
                .isGreaterThan(0.99);
    }

    @Test
    void twoRecordsScoreTheSameWhicheverIsAskedAbout() {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            Candidate a = randomPerson(random);
            Candidate b = random.nextBoolean() ? randomPerson(random) : slightlyChanged(a, random);
            Match ab = SCORER.compare(a, b);
            Match ba = SCORER.compare(b, a);
            assertThat(ab.score()).as(a + " / " + b).isEqualTo(ba.score());
            assertThat(ab.score()).isBetween(0.0, 1.0);
            assertThat(SCORER.compare(a, a).weight()).as(a.toString()).isGreaterThanOrEqualTo(ab.weight());
        }
    }

    @Test
    void garbageInAnyScriptNeverBreaksTheScorer() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            String text = randomUnicode(random, 60);
            Candidate candidate = new Candidate(List.of(new Candidate.Name(randomUnicode(random, 20), randomUnicode(random, 20), "name")),
                    List.of(new DateClue(1 + random.nextInt(31), 1 + random.nextInt(12), 1900 + random.nextInt(125))));
            Match match = score(text, candidate);
            assertThat(match.score()).as(text).isBetween(0.0, 1.0);
            assertThat(SCORER.compare(candidate, candidate).score()).isBetween(0.0, 1.0);
        }
    }

    static String randomUnicode(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int c = random.nextInt(maxLength); c > 0; c--) {
            int kind = random.nextInt(5);
            text.appendCodePoint(switch (kind) {
                case 0 -> ' ';
                case 1 -> '0' + random.nextInt(10);
                case 2 -> "/-.,'’".charAt(random.nextInt(6));
                case 3 -> 'a' + random.nextInt(26);
                default -> {
                    int codePoint = random.nextInt(0x2FFFF);
                    yield Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint) ? codePoint : 'x';
                }
            });
        }
        return text.toString();
    }

    private static Candidate randomPerson(Random random) {
        return new Candidate(List.of(new Candidate.Name(randomText(random, "abcdefghijklmnop ", 12), randomText(random, "eiouklmnrst-", 10),
                random.nextInt(4) == 0 ? "alias" : "name")), random.nextBoolean() ? List.of()
                : List.of(new DateClue(1 + random.nextInt(28), 1 + random.nextInt(12), 1920 + random.nextInt(90))));
    }

    private static Candidate slightlyChanged(Candidate person, Random random) {
        Candidate.Name name = person.names().getFirst();
        String surname = name.surname() == null || name.surname().length() < 2 ? name.surname()
                : name.surname().substring(1) + name.surname().charAt(0);
        return new Candidate(List.of(new Candidate.Name(name.forenames(), random.nextBoolean() ? surname : name.surname(), "name")),
                person.datesOfBirth());
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int c = random.nextInt(maxLength); c > 0; c--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}

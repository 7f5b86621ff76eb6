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

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int c = random.nextInt(maxLength); c > 0; c--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}

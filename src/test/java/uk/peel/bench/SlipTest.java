package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SlipTest {

    private static final NameLists NAMES = NameLists.shipped();

    private static SyntheticPerson person(String forename, String surname, LocalDate born, String birthSurname) {
        return new SyntheticPerson(1, NameLists.Tradition.BRITISH, true, forename, "james", surname, birthSurname, born,
                List.of(), List.of(), null);
    }

    @Test
    void aTypoIsOneOrTwoEditsAwayKeepsTheFirstLetterAndIsStillAName() {
        SplittableRandom random = new SplittableRandom(1);
        for (String name : List.of("robert", "smith", "mohammed", "o'brien", "smith-jones", "ann", "li")) {
            for (int i = 0; i < 200; i++) {
                String typo = Typos.typo(name, random);
                if (name.length() < 3) {
                    assertThat(typo).isEqualTo(name);
                    continue;
                }
                assertThat(typo).isNotEqualTo(name).startsWith(name.substring(0, 1));
                assertThat(NameLists.name(typo)).as(typo).isNotNull();
                assertThat(edits(name, typo)).as(name + " -> " + typo).isBetween(1, 2);
            }
        }
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void daysAndMonthsAreSwappedOnlyWhenTheDayCouldBeAMonth() {
        SplittableRandom random = new SplittableRandom(2);
        RecordDraft swappable = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 12, 3), null), "MALE");
        RecordDraft notSwappable = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 12, 13), null), "MALE");
        RecordDraft sameDayAndMonth = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 5, 5), null), "MALE");

        assertThat(Slip.DAY_MONTH_SWAPPED.apply(swappable, NAMES, random)).isTrue();
        assertThat(swappable.dateOfBirth()).isEqualTo("1985-03-12");
        assertThat(Slip.DAY_MONTH_SWAPPED.apply(notSwappable, NAMES, random)).isFalse();
        assertThat(notSwappable.dateOfBirth()).isEqualTo("1985-12-13");
        assertThat(Slip.DAY_MONTH_SWAPPED.apply(sameDayAndMonth, NAMES, random)).isFalse();
    }

    @Test
    void aWrongDigitLeavesAPlausibleDateThatDiffersInOneDigit() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 300; i++) {
            RecordDraft draft = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 12, 3), null), "MALE");
            assertThat(Slip.DATE_DIGIT_WRONG.apply(draft, NAMES, random)).isTrue();
            String before = "03121985";
            String after = "%02d%02d%04d".formatted(draft.day, draft.month, draft.year);
            int differing = 0;
            for (int k = 0; k < before.length(); k++) {
                differing += before.charAt(k) != after.charAt(k) ? 1 : 0;
            }
            assertThat(differing).isEqualTo(1);
            assertThat(Slip.plausible(draft.year, draft.month, draft.day)).isTrue();
        }
    }

    @Test
    void nicknamesComeFromTheListAndNeedAForenameThatHasOne() {
        SplittableRandom random = new SplittableRandom(4);
        RecordDraft robert = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 12, 3), null), "MALE");
        RecordDraft unusual = new RecordDraft(person("xzavier", "smith", LocalDate.of(1985, 12, 3), null), "MALE");

        assertThat(Slip.NICKNAME.apply(robert, NAMES, random)).isTrue();
        assertThat(NAMES.nicknames("robert")).contains(robert.forename);
        assertThat(Slip.NICKNAME.apply(unusual, NAMES, random)).isFalse();
        assertThat(unusual.forename).isEqualTo("xzavier");
    }

    @Test
    void aMaidenNameNeedsAPersonWhoChangedTheirsAndReplacesTheMaidenAlias() {
        SplittableRandom random = new SplittableRandom(5);
        SyntheticPerson married = new SyntheticPerson(1, NameLists.Tradition.BRITISH, false, "jane", null, "brown", "smith",
                LocalDate.of(1970, 1, 2), List.of(new PersonRecord.Name("Jane", "Smith", "MAIDEN")), List.of(), null);
        RecordDraft draft = new RecordDraft(married, "FEMALE");

        assertThat(Slip.MAIDEN_NAME.apply(draft, NAMES, random)).isTrue();
        assertThat(draft.surname).isEqualTo("smith");
        assertThat(draft.aliases).isEmpty();
        assertThat(Slip.MAIDEN_NAME.apply(new RecordDraft(person("robert", "smith", LocalDate.of(1985, 1, 1), null), "MALE"),
                NAMES, random)).isFalse();
    }

    @Test
    void partialAndMissingDatesAreWrittenAsTheImportReadsThem() {
        SplittableRandom random = new SplittableRandom(6);
        RecordDraft yearOnly = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 12, 3), null), "MALE");
        RecordDraft none = new RecordDraft(person("robert", "smith", LocalDate.of(1985, 12, 3), null), "MALE");

        assertThat(Slip.YEAR_OF_BIRTH_ONLY.apply(yearOnly, NAMES, random)).isTrue();
        assertThat(Slip.NO_DATE_OF_BIRTH.apply(none, NAMES, random)).isTrue();

        assertThat(yearOnly.dateOfBirth()).isEqualTo("1985");
        assertThat(yearOnly.fullDate()).isNull();
        assertThat(none.dateOfBirth()).isNull();
        assertThat(Slip.DAY_MONTH_SWAPPED.apply(none, NAMES, random)).isFalse();
        assertThat(Slip.plausible(1889, 1, 1)).isFalse();
        assertThat(Slip.plausible(1985, 2, 30)).isFalse();
        assertThat(Slip.plausible(SyntheticPopulation.REFERENCE.getYear() + 1, 0, 0)).isFalse();
    }
}

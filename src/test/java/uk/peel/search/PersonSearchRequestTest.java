package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.peel.namematch.DateClue;

class PersonSearchRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void statedFieldsBecomeTheQueryAndAgesBecomeBirthYearsWidenedToWholeYears() {
        var checked = new PersonSearchRequest(null, "bob", "smyth", "3/12/85", "25", "40", "male", "m16 0").check(TODAY);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.query().names()).containsExactly("bob", "smyth");
        assertThat(checked.query().dateOfBirth()).contains(new DateClue(3, 12, 1985));
        assertThat(checked.filters().gender()).isEqualTo("MALE");
        assertThat(checked.filters().postcode()).isEqualTo("m16 0");
        // Aged 40 today: born between 25 Nov 1985 and 24 Nov 1986 at the earliest; aged 25: by 24 Nov 2001.
        assertThat(checked.filters().bornFrom()).isEqualTo(1985);
        assertThat(checked.filters().bornTo()).isEqualTo(2001);
    }

    @Test
    void everyFieldThatCannotBeSearchedOnIsNamed() {
        var checked = new PersonSearchRequest("smith", null, null, "sometime", "old", "12", "robot", "NOT A POSTCODE").check(TODAY);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.problems()).containsOnlyKeys("dob", "ageFrom", "gender", "postcode");
        assertThat(checked.problems().get("ageFrom")).startsWith("Age from must be a whole number");
    }

    @Test
    void anAgeRangeTheWrongWayRoundAndAnEmptyRequestAreRefused() {
        assertThat(new PersonSearchRequest(null, null, null, null, "40", "30", null, null).check(TODAY).problems())
                .containsOnlyKeys("ageTo");
        assertThat(new PersonSearchRequest(null, null, null, null, null, null, null, null).check(TODAY).problems())
                .containsOnlyKeys("q");
        assertThat(PersonSearchRequest.of("12/!!").check(TODAY).problems()).containsOnlyKeys("q");
    }

    @Test
    void filtersAloneAreASearch() {
        var checked = new PersonSearchRequest(null, null, null, null, null, null, "FEMALE", "M16 0RA").check(TODAY);

        assertThat(checked.valid()).isTrue();
        assertThat(checked.query().isEmpty()).isTrue();
    }
}

package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
            "1985, 1985, 1985",
            "1985-12, 1985-12, December 1985",
            "1985-12-03, 1985-12-03, 3 December 1985",
            "1985-1-3, 1985-01-03, 3 January 1985",
            "03/12/1985, 1985-12-03, 3 December 1985",
            "' 1985-12 ', 1985-12, December 1985"})
    void readsTheFormsPeopleWriteAndKeepsOnlyThePrecisionGiven(String written, String stored, String shown) {
        PartialDate date = PartialDate.parse(written);

        assertThat(date).hasToString(stored);
        assertThat(date.display()).isEqualTo(shown);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-13", "1985-02-30", "2001-02-29", "85", "12/1985", "yesterday", "1985-12-03T10:00"})
    void refusesDatesThatDoNotExistOrCannotBeRead(String written) {
        assertThatThrownBy(() -> PartialDate.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("(does not exist|is not a date)");
    }

    @ParameterizedTest
    @CsvSource({"2000-02-29, true", "1985, false", "1985-12, false"})
    void knowsWhetherItIsAWholeDate(String written, boolean complete) {
        assertThat(PartialDate.parse(written).isComplete()).isEqualTo(complete);
    }
}

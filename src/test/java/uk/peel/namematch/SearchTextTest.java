package uk.peel.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    private final SearchText reader = new SearchText(2026);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bob smyth 12/03/1985       | bob smyth      | false | 1985-03-12",
            "robert smith 03/12/1985    | robert smith   | false | 1985-12-03",
            "bob smyth 3/12/85          | bob smyth      | false | 1985-12-03",
            "SMITH, Robert b.1985       | SMITH Robert   | true  | 1985",
            "smith robert 1985          | smith robert   | false | 1985",
            "Robert Smith 1985-12-03    | Robert Smith   | false | 1985-12-03",
            "Smith-Jones, Ann born 1961 | Smith-Jones Ann| true  | 1961",
            "o'brien 12/1985            | o'brien        | false | 1985-12",
            "Müller                     | Müller         | false | ",
            "child 1/2/20               | child          | false | 2020-02-01"})
    void readsNamesAndTheDateOfBirthAsOfficersTypeThem(String text, String names, boolean surnameFirst, String date) {
        SearchText.Query query = reader.read(text);

        assertThat(query.names()).isEqualTo(List.of(names.split(" ")));
        assertThat(query.surnameFirst()).isEqualTo(surnameFirst);
        assertThat(query.dateOfBirth().map(DateClue::toString)).isEqualTo(Optional.ofNullable(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                 | Robert | Smith |            | Robert | Smith  | ",
            "bob 3/12/85      |        | Smith |            | bob    | Smith  | 1985-12-03",
            "smith            | Robert |       | 1985-12-03 | Robert | smith  | 1985-12-03",
            "jones 1970       | Robert | Smith | 1985-12-03 | Robert | Smith  | 1985-12-03"})
    void fieldsStateTheirPartAndTheTextFillsTheRest(String text, String forename, String surname, String dob,
            String expectedForenames, String expectedSurname, String expectedDate) {
        DateClue date = dob == null ? null : reader.read(dob).dateOfBirth().orElseThrow();

        SearchText.Query query = reader.read(text, forename, surname, date);

        assertThat(query.stated()).contains(new SearchText.StatedName(expectedForenames, expectedSurname));
        assertThat(query.dateOfBirth().map(DateClue::toString)).isEqualTo(Optional.ofNullable(expectedDate));
    }

    @Test
    void withoutNameFieldsTheTextIsReadAsUsual() {
        SearchText.Query query = reader.read("smith robert", null, " ", new DateClue(3, 12, 1985));

        assertThat(query.stated()).isEmpty();
        assertThat(query.names()).containsExactly("smith", "robert");
        assertThat(query.dateOfBirth()).contains(new DateClue(3, 12, 1985));
        assertThat(reader.read("!!").isEmpty()).isTrue();
    }
}

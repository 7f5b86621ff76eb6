package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FebrlTest {

    private static final String HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, "
            + "postcode, state, date_of_birth, soc_sec_id\n";

    @Test
    void readsValuesWithoutTheSpaceAfterEachComma() throws IOException {
        List<FebrlRecord> records = Febrl.read(new StringReader(HEADER
                + "rec-1070-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218\n"));

        assertThat(records).containsExactly(
                new FebrlRecord("rec-1070-org", "michaela", "neumann", Optional.of(LocalDate.of(1915, 11, 11))));
    }

    @Test
    void readsEmptyFieldsAsEmptyAndKeepsSpacesInsideNames() throws IOException {
        List<FebrlRecord> records = Febrl.read(new StringReader(HEADER
                + "rec-561-dup-0, elton, , 3, light setreet, pinehill, windermere, 3212, vic, 19651013, 1551941\n"
                + "rec-3239-dup-0, elk i, menzies, 1, lyster place, , northwood, 2585, vic, , 4970481\n"
                + "\n"));

        assertThat(records).extracting(FebrlRecord::surname).containsExactly("", "menzies");
        assertThat(records.get(1).givenName()).isEqualTo("elk i");
        assertThat(records.get(1).dateOfBirth()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19450493", "19804103", "20010229", "1945049", "194504031", "1945-04-03", "", "  "})
    void readsAMissingOrImpossibleDateOfBirthAsUnknown(String written) {
        assertThat(Febrl.dateOfBirth(written)).isEmpty();
    }

    @Test
    void readsCalendarDatesIncludingLeapDays() {
        assertThat(Febrl.dateOfBirth(" 20000229")).contains(LocalDate.of(2000, 2, 29));
        assertThat(Febrl.dateOfBirth("19151111")).contains(LocalDate.of(1915, 11, 11));
    }

    @Test
    void findsColumnsByNameAndRefusesRowsThatDoNotFitTheHeader() {
        assertThatThrownBy(() -> Febrl.read(new StringReader("rec_id, surname\nrec-1-org, smith\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("given_name");
        assertThatThrownBy(() -> Febrl.read(new StringReader(HEADER + "rec-1-org, ann, smith\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void linksAnOriginalToItsDuplicateThroughThePerson() {
        FebrlRecord original = new FebrlRecord("rec-12-org", "ann", "smith", Optional.empty());
        FebrlRecord duplicate = new FebrlRecord("rec-12-dup-0", "anne", "smith", Optional.empty());

        assertThat(original.person()).isEqualTo("rec-12").isEqualTo(duplicate.person());
    }

    @Test
    void writesTheQueryAsAnOfficerWouldTypeItLeavingOutWhatIsMissing() {
        assertThat(new FebrlRecord("r", "ann", "smith", Optional.of(LocalDate.of(1985, 12, 3))).asSearchText())
                .isEqualTo("ann smith 03/12/1985");
        assertThat(new FebrlRecord("r", "", "smith", Optional.of(LocalDate.of(1985, 12, 3))).asSearchText())
                .isEqualTo("smith 03/12/1985");
        assertThat(new FebrlRecord("r", "ann", "", Optional.empty()).asSearchText()).isEqualTo("ann");
    }
}

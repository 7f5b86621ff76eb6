package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "M15 4AB, M15 4AB",
            "m154ab, M15 4AB",
            "'  m15   4ab ', M15 4AB",
            "M1 1AE, M1 1AE",
            "wa157qq, WA15 7QQ",
            "EC1A 1BB, EC1A 1BB",
            "w1a0ax, W1A 0AX",
            "B33 8TH, B33 8TH",
            "gir0aa, GIR 0AA",
            "'M15\t4AB', M15 4AB"})
    void shouldReadAPostcodeHoweverItWasTyped(String typed, String canonical) {
        assertThat(Postcode.parse(typed).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"m160ra, M16 0RA", "' M16  0ra ', M16 0RA", "m160, M160", "' m16 ', M16", "'not one', NOT ONE"})
    void shouldNormaliseWhatParsesAndLeaveTheRestAsTypedForAValidatorToRefuse(String typed, String normalised) {
        assertThat(Postcode.normalised(typed)).isEqualTo(normalised);
        assertThat(normalised.matches(Postcode.CANONICAL)).isEqualTo(normalised.contains(" 0RA"));
    }

    @Test
    void shouldSplitOutwardAndInwardCodes() {
        Postcode postcode = Postcode.parse("ec1a1bb");

        assertThat(postcode.outward()).isEqualTo("EC1A");
        assertThat(postcode.inward()).isEqualTo("1BB");
        assertThat(postcode).hasToString("EC1A 1BB");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "M15|too short",
            "M15 4AB 12|too long",
            "M15-4AB|only letters and digits",
            "15M 4AB|start with one or two letters and then a digit",
            "M15 AAB|end in a digit and two letters",
            "ABC1 4AB|start with one or two letters and then a digit"})
    void shouldSayWhatIsWrongWithAMalformedPostcode(String typed, String why) {
        assertThatThrownBy(() -> Postcode.parse(typed)).isInstanceOf(MalformedPostcodeException.class)
                .hasMessageContaining("'" + typed + "' is not a UK postcode").hasMessageContaining(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldAskForAPostcodeWhenNoneWasTyped(String typed) {
        assertThatThrownBy(() -> Postcode.parse(typed)).hasMessage("Enter a postcode, such as M15 4AB");
    }

    @Test
    void shouldOnlyBeConstructedInCanonicalForm() {
        assertThatThrownBy(() -> new Postcode("m15 4ab")).isInstanceOf(MalformedPostcodeException.class)
                .hasMessageContaining("use Postcode.parse");
    }

    @ParameterizedTest
    @CsvSource({
            "M15 4, M15 4, true",
            "'m1 ', 'M1 ', true",
            "'m15  4a ', M15 4A, true",
            "M154, M154, false",
            "m, M, false",
            "M154AB, M154AB, false"})
    void shouldReadTheStartOfAPostcodeKeepingATypedSpace(String typed, String text, boolean spaced) {
        assertThat(PostcodePrefix.parse(typed)).isEqualTo(new PostcodePrefix(text, spaced));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4M", "M15 4ABC", "M15 A", "M15%", "MMM1 4", "M15_4"})
    void shouldRefuseWhatCannotStartAPostcode(String typed) {
        assertThatThrownBy(() -> PostcodePrefix.parse(typed)).isInstanceOf(MalformedPostcodeException.class)
                .hasMessageContaining("is not the start of a UK postcode");
    }
}

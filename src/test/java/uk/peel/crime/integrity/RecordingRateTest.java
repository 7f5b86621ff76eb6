package uk.peel.crime.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The recording rate's interval against published values: Newcombe (1998), "Two-sided confidence intervals for the
 * single proportion: comparison of seven methods", Statistics in Medicine 17, Table II, method 3 (Wilson score
 * without continuity correction), given to four places.
 */
class RecordingRateTest {

    @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0, 20, 0.0000, 0.1611",
            "1, 29, 0.0061, 0.1718",
    })
    void theIntervalMatchesNewcombesPublishedWilsonValues(long recorded, long should, double lower, double upper) {
        RecordingRate rate = RecordingRate.of(recorded, should);

        assertThat(rate.lower()).isCloseTo(lower, within(0.00005));
        assertThat(rate.upper()).isCloseTo(upper, within(0.00005));
        assertThat(rate.rate()).isCloseTo((double) recorded / should, within(1e-12));
    }

    @Test
    void theIntervalMatchesWilsonsFormulaWrittenOut() {
        // p̂ ± z√(p̂(1−p̂)/n + z²/4n²), centred on (p̂ + z²/2n), all over (1 + z²/n): Wilson (1927).
        long n = 400;
        long x = 362;
        double z = 1.959963984540054;
        double p = (double) x / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);

        RecordingRate rate = RecordingRate.of(x, n);

        assertThat(rate.lower()).isCloseTo(centre - half, within(1e-9));
        assertThat(rate.upper()).isCloseTo(centre + half, within(1e-9));
        assertThat(rate.describe()).isEqualTo("90.5% (87.2% to 93.0%)");
    }

    @Test
    void aRateOfEverythingStaysWithinOneHundredPercent() {
        RecordingRate rate = RecordingRate.of(50, 50);

        assertThat(rate.rate()).isEqualTo(1.0);
        assertThat(rate.upper()).isLessThanOrEqualTo(1.0);
        assertThat(rate.lower()).isCloseTo(0.9287, within(0.00005));
    }

    @Test
    void nothingJudgedHasNoRateRatherThanAFalseOne() {
        RecordingRate rate = RecordingRate.of(0, 0);

        assertThat(rate.isKnown()).isFalse();
        assertThat(rate.describe()).isEqualTo("no crimes judged yet");
    }

    @Test
    void moreRecordedThanShouldHaveBeenIsRefused() {
        assertThatThrownBy(() -> RecordingRate.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}

package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DuplicateThresholdTest {

    private final DuplicateDetection detection = new DuplicateDetection(null, null, null, null, 0.7);

    @Test
    void theEvidenceNeededRisesWithThePopulationFromTheCalibratedThreshold() {
        double atFebrlSize = detection.requiredWeight(5_000);
        assertThat(atFebrlSize).isCloseTo(10 + Math.log(0.7 / 0.3) / Math.log(2), within(1e-9));
        assertThat(detection.requiredWeight(100)).isEqualTo(atFebrlSize);
        assertThat(detection.requiredWeight(1_000_000) - atFebrlSize).isCloseTo(Math.log(200) / Math.log(2), within(1e-9));
    }
}

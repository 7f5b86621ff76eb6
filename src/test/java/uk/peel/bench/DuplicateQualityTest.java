package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DuplicateQualityTest {

    private static FebrlRecord record(String id, String given, String surname, String born) {
        return new FebrlRecord(id, given, surname, Optional.ofNullable(born).map(LocalDate::parse));
    }

    @Test
    void countsThePairsOfferedAgainstTheRecordsOfTheSamePerson() {
        List<FebrlRecord> records = List.of(
                record("rec-1-org", "robert", "featherstonehaugh", "1985-12-03"),
                record("rec-1-dup-0", "rob", "featherstonhaugh", "1985-12-03"),
                record("rec-1-dup-1", "robert", "featherstonehaugh", "1985-03-12"),
                record("rec-2-org", "margaret", "quilliam", "1961-04-02"),
                record("rec-2-dup-0", "peggy", "quilliam", "1961-04-02"),
                record("rec-3-org", "jan", "kowalski", "1979-02-01"));

        DuplicateQuality.Result result = DuplicateQuality.measure(records);
        DuplicateQuality.Point chosen = result.at(DuplicateQuality.RECOMMENDED_THRESHOLD);

        assertThat(chosen.truePairs()).isEqualTo(4);
        assertThat(chosen.right()).isEqualTo(4);
        assertThat(chosen.precision()).isEqualTo(1.0);
        assertThat(chosen.f1()).isEqualTo(1.0);
        assertThat(result.curve()).extracting(DuplicateQuality.Point::offered).isSortedAccordingTo((a, b) -> b - a);
    }
}

package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SafeguardingLoadTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void theQuickRunIsAWeekAtAYearsRateAndTheFullRunTheIssuesYear() {
        SafeguardingLoad.Options quick = Benchmarks.safeguardingOptions(new String[] {"bench", "safeguarding", "--quick"});
        SafeguardingLoad.Options full = Benchmarks.safeguardingOptions(new String[] {"bench", "safeguarding", "--scenario=enough",
                "--capacity-dau", "100"});

        assertThat(quick.quick()).isTrue();
        assertThat(quick.days()).isEqualTo(7);
        assertThat((quick.domesticAbuse() + quick.other()) * 365.0 / quick.days()).isBetween(95_000.0, 105_000.0);
        assertThat(full.domesticAbuse()).isEqualTo(60_000);
        assertThat(full.other()).isEqualTo(40_000);
        assertThat(full.days()).isEqualTo(365);
        assertThat(full.scenario()).isEqualTo("enough");
        assertThat(full.capacityDau()).isEqualTo(100);
        assertThatThrownBy(() -> Benchmarks.safeguardingOptions(new String[] {"bench", "safeguarding", "--scenario", "lots"}))
                .hasMessageContaining("--scenario");
    }

    @Test
    void theIndependentCountPutsEachOpenNoticeInItsAgeBandAndFindsItsBreaches() {
        List<SafeguardingLoad.OpenRow> rows = List.of(
                row("DAU", 1, NOW.plus(Duration.ofHours(23)), null, NOW.plus(Duration.ofHours(31)), null),
                row("DAU", 30, NOW.minus(Duration.ofHours(6)), null, NOW.plus(Duration.ofHours(2)), null),
                row("DAU", 30, NOW.minus(Duration.ofHours(6)), NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(1)), null),
                row("MASH", 24 * 8, null, null, NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(7).plusHours(1))),
                row("MASH", 48, null, null, NOW.minus(Duration.ofHours(24)), NOW.minus(Duration.ofHours(20))));

        Map<String, SafeguardingLoad.Count> counted = SafeguardingLoad.counted(rows, NOW);

        assertThat(counted.get("DAU")).isEqualTo(new SafeguardingLoad.Count(3, List.of(1L, 0L, 2L, 0L, 0L), 2));
        assertThat(counted.get("MASH")).isEqualTo(new SafeguardingLoad.Count(2, List.of(0L, 0L, 1L, 0L, 1L), 1));
    }

    @Test
    void theSummaryLineCarriesTheFiguresTheAcceptanceTestsRead() {
        SafeguardingYear.Result year = new SafeguardingYear.Result(List.of(), NOW, 12, 49.2, new long[12], 3, 2);
        Latencies.Summary ms = new Latencies.Summary(10, 0, 1, 1, 2, 3, 4, 5);

        String summary = SafeguardingLoad.summary(SafeguardingLoad.defaults(true), 1970, 1053, true, 1606, year, year, year, ms, ms,
                70, 1053, 42, 1.5);

        assertThat(summary).startsWith("safeguarding quick=true ").contains(" ppns=1970 ", " breaches=1053 ",
                " dashboard_matches_db=true ", " short_first_breach_h=49.2 ").endsWith(" load=1.5").doesNotContain("\n");
    }

    /** A notice raised {@code hoursOld} ago; the DASH columns are null for a notice that needs none. */
    private static SafeguardingLoad.OpenRow row(String team, long hoursOld, Instant assessmentDue, Instant assessed, Instant triageDue,
                                                Instant triaged) {
        return new SafeguardingLoad.OpenRow(team, NOW.minus(Duration.ofHours(hoursOld)), assessmentDue, assessed, triageDue, triaged);
    }
}

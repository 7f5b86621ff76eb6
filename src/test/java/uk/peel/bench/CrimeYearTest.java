package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.peel.crime.NotifiableOffences;

/** The crime-year simulation's options and its plan of the year: proportions, delays and the codes it uses. */
class CrimeYearTest {

    @Test
    void quickIsAShortYearAndTheFullRunALargeForcesYear() {
        assertThat(Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--quick"}).incidents()).isEqualTo(5_000);
        CrimeYear.Options full = Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year"});
        assertThat(full.incidents()).isEqualTo(1_000_000);
        assertThat(full.crimeShare()).isEqualTo(0.4);
        assertThat(Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--incidents", "20k", "--year=2024"}))
                .satisfies(o -> {
                    assertThat(o.incidents()).isEqualTo(20_000);
                    assertThat(o.year()).isEqualTo(2024);
                });
        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--crime-share", "2"}))
                .hasMessageContaining("fraction");
        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--fast"}))
                .hasMessageContaining("--fast");
    }

    @Test
    void thePlanIsAForcesYearInProportion() {
        CrimeYearPlan plan = new CrimeYearPlan(7, 2025, 0.4);
        int n = 20_000;

        long crimeRelated = IntStream.range(0, n).filter(i -> plan.crimeRelated()).count();
        long late = IntStream.range(0, n).filter(i -> plan.toDecide().compareTo(Duration.ofHours(24)) >= 0).count();
        long recorded = IntStream.range(0, n).filter(i -> plan.recorded()).count();

        assertThat(crimeRelated / (double) n).isBetween(0.38, 0.42);
        assertThat(late / (double) n).as("about one decision in a hundred is late").isBetween(0.005, 0.015);
        assertThat(recorded / (double) n).isBetween(0.78, 0.82);
        Instant previous = plan.start();
        for (long i = 0; i < 1_000; i++) {
            Instant call = plan.callAt(i, 1_000);
            assertThat(call).isAfterOrEqualTo(previous).isBefore(plan.end());
            previous = call;
        }
    }

    @Test
    void everyClassificationItUsesCanBeRecordedToday() throws Exception {
        var constructor = NotifiableOffences.class.getDeclaredConstructor(org.springframework.core.io.Resource.class);
        constructor.setAccessible(true);
        NotifiableOffences offences = constructor.newInstance(new org.springframework.core.io.ClassPathResource("crime/notifiable-offences.csv"));

        CrimeYearPlan.CLASSIFICATIONS.values().stream().flatMap(java.util.List::stream).forEach(code ->
                assertThat(offences.find(code)).as(code).hasValueSatisfying(o -> assertThat(o.recordable()).isTrue()));
    }
}

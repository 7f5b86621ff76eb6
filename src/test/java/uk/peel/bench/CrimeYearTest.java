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
    void workersWindowsAndSegmentsAreCheckedBeforeAnythingRuns() {
        CrimeYear.Options segment = Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--workers", "3",
                "--window", "2.5", "--for", "90", "--data-dir", "/tmp/year"});
        assertThat(segment.workers()).isEqualTo(3);
        assertThat(segment.window()).isEqualTo(Duration.ofSeconds(150));
        assertThat(segment.runFor()).isEqualTo(Duration.ofMinutes(90));
        assertThat(segment.resume()).isFalse();
        assertThat(Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--resume", "--data-dir", "/tmp/year"}).resume())
                .isTrue();
        CrimeYear.Options d = Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year"});
        assertThat(d.workers()).isBetween(1, 4);
        assertThat(d.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(d.runFor()).isNull();

        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--for", "60"}))
                .hasMessageContaining("--for needs --data-dir");
        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--resume"}))
                .hasMessageContaining("--resume needs --data-dir");
        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--window", "6"}))
                .hasMessageContaining("at most 5 minutes");
        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--workers", "0"}))
                .hasMessageContaining("--workers");
        assertThatThrownBy(() -> Benchmarks.crimeYearOptions(new String[] {"bench", "crime-year", "--for", "soon", "--data-dir", "x"}))
                .hasMessageContaining("--for is a number of minutes").hasMessageContaining("soon");
    }

    @Test
    void aResumeWithoutACheckpointOrWithAnotherYearsOptionsIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String[] resume = {"bench", "crime-year", "--incidents", "1000", "--resume", "--data-dir", dir.toString()};
        assertThatThrownBy(() -> new CrimeYear(Benchmarks.crimeYearOptions(resume), System.out))
                .isInstanceOf(CrimeYear.Refused.class).hasMessageContaining("no crime-year checkpoint in " + dir);

        new CrimeYearCheckpoint(1000, 20261124L, 2025, 0.4, 0, 10, 0, 0, 1.5, 1,
                new CrimeYearCheckpoint.Counts(0, 0, 0, 0, 0, 0, 0), java.util.List.of(), java.util.List.of()).write(dir);
        assertThat(CrimeYearCheckpoint.read(dir)).hasValueSatisfying(c -> assertThat(c.nextCall()).isEqualTo(10));
        String[] otherSeed = {"bench", "crime-year", "--incidents", "1000", "--seed", "7", "--resume", "--data-dir", dir.toString()};
        assertThatThrownBy(() -> new CrimeYear(Benchmarks.crimeYearOptions(otherSeed), System.out))
                .isInstanceOf(CrimeYear.Refused.class).hasMessageContaining("--seed 7 but the checkpoint's run has 20261124");
        String[] fresh = {"bench", "crime-year", "--incidents", "1000", "--data-dir", dir.toString()};
        assertThatThrownBy(() -> new CrimeYear(Benchmarks.crimeYearOptions(fresh), System.out))
                .isInstanceOf(CrimeYear.Refused.class).hasMessageContaining("add --resume");
        new CrimeYear(Benchmarks.crimeYearOptions(resume), System.out);
    }

    @Test
    void eachStepDrawsTheSameWhateverRanBeforeIt() {
        CrimeYearPlan plan = new CrimeYearPlan(7, 2025, 0.4);
        CrimeYearPlan other = new CrimeYearPlan(7, 2025, 0.4);
        other.pick(100);
        other.forStep(41, CrimeYearPlan.Draw.CALL, 0).toClose();
        assertThat(plan.forStep(42, CrimeYearPlan.Draw.CLOSE, 0).toDecide())
                .isEqualTo(other.forStep(42, CrimeYearPlan.Draw.CLOSE, 0).toDecide());
        assertThat(plan.callAt(500, 1_000)).isEqualTo(other.callAt(500, 1_000));
        long differing = IntStream.range(0, 100).filter(i -> plan.forStep(i, CrimeYearPlan.Draw.CALL, 0).latitude()
                != plan.forStep(i + 1, CrimeYearPlan.Draw.CALL, 0).latitude()).count();
        assertThat(differing).as("neighbouring incidents draw differently").isEqualTo(100);
        assertThat(new CrimeYearPlan(8, 2025, 0.4).forStep(42, CrimeYearPlan.Draw.CALL, 0).latitude())
                .isNotEqualTo(plan.forStep(42, CrimeYearPlan.Draw.CALL, 0).latitude());
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

package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreMeasuredTimesByNearestRank() {
        long[] hundred = LongStream.rangeClosed(1, 100).toArray();

        assertThat(Latencies.percentile(hundred, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(hundred, 95)).isEqualTo(95);
        assertThat(Latencies.percentile(hundred, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(hundred, 100)).isEqualTo(100);
        assertThat(Latencies.percentile(hundred, 0.5)).isEqualTo(1);
    }

    @Test
    void p99OfAThousandIsTheNineHundredAndNinetiethNotAnInterpolation() {
        long[] thousand = LongStream.rangeClosed(1, 1_000).toArray();

        // 0.99 * 1000 in floating point is 989.99..., whose ceiling would be right only by luck.
        assertThat(Latencies.percentile(thousand, 99)).isEqualTo(990);
        assertThat(Latencies.percentile(thousand, 99.9)).isEqualTo(999);
        assertThat(Latencies.percentile(new long[] {7, 8}, 50)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[] {42}, 99)).isEqualTo(42);
    }

    @Test
    void summarisesUnsortedNanosecondsInMillisecondsWithThroughputOverWallClockTime() {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (200 - i) * 1_000_000L; // 200 ms down to 1 ms
        }

        Latencies.Summary summary = Latencies.summarise(nanos, 3, 10_000_000_000L);

        assertThat(summary.count()).isEqualTo(200);
        assertThat(summary.errors()).isEqualTo(3);
        assertThat(summary.p50()).isEqualTo(100.0);
        assertThat(summary.p95()).isEqualTo(190.0);
        assertThat(summary.p99()).isEqualTo(198.0);
        assertThat(summary.max()).isEqualTo(200.0);
        assertThat(summary.mean()).isCloseTo(100.5, within(1e-9));
        assertThat(summary.qps()).isCloseTo(20.0, within(1e-9));
        assertThat(nanos[0]).as("the caller's array is left as it was").isEqualTo(200_000_000L);
        assertThat(summary.keyValues()).startsWith("p50=100ms p95=190ms p99=198ms max=200ms mean=101ms qps=20.0 n=200 errors=3");
    }

    @Test
    void writesSmallTimesWithTheDigitsThatMatter() {
        Latencies.Summary summary = Latencies.summarise(new long[] {1_234_567L, 12_345_678L}, 0, 1_000_000_000L);

        assertThat(summary.keyValues()).startsWith("p50=1.23ms p95=12.3ms p99=12.3ms max=12.3ms mean=6.79ms qps=2.0");
    }

    @Test
    void anEmptyRunHasNoTimes() {
        Latencies.Summary summary = Latencies.summarise(new long[0], 5, 1);

        assertThat(summary.count()).isZero();
        assertThat(summary.errors()).isEqualTo(5);
        assertThat(summary.p99()).isNaN();
        assertThatThrownBy(() -> Latencies.percentile(new long[0], 50)).hasMessageContaining("no values");
        assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0)).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 101)).hasMessageContaining("(0, 100]");
    }
}

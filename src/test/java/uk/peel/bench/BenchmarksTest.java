package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchmarksTest {

    @Test
    void readsTheDataFromTheCheckoutByDefault() {
        SearchQuality.Options options = Benchmarks.options(new String[] {"bench", "search-quality"});

        assertThat(options.data()).isEqualTo(Path.of("data", "febrl"));
        assertThat(options.quick()).isFalse();
        assertThat(options.missesFile()).isNull();
    }

    @Test
    void takesOptionsInBothForms() {
        SearchQuality.Options options = Benchmarks.options(
                new String[] {"bench", "search-quality", "--quick", "--data", "/d", "--misses=/m.tsv"});

        assertThat(options.quick()).isTrue();
        assertThat(options.data()).isEqualTo(Path.of("/d"));
        assertThat(options.missesFile()).isEqualTo(Path.of("/m.tsv"));
        assertThat(Benchmarks.options(new String[] {"bench", "search-quality", "--data=/e"}).data()).isEqualTo(Path.of("/e"));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> Benchmarks.options(new String[] {"bench", "search-quality", "--data"}))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Benchmarks.options(new String[] {"bench", "search-quality", "--fast"}))
                .hasMessageContaining("--fast");
        assertThat(Benchmarks.run(new String[] {"bench", "search-latency"})).isEqualTo(2);
        assertThat(Benchmarks.run(new String[] {"bench"})).isEqualTo(2);
    }
}

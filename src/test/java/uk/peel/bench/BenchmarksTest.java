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

    @Test
    void generatesWithDefaultsForAllButTheCount() {
        PopulationGenerator.Options options = Benchmarks.generateOptions(new String[] {"bench", "generate", "--persons", "1m"});

        assertThat(options.persons()).isEqualTo(1_000_000);
        assertThat(options.out()).isEqualTo(Path.of("persons-1000000.ndjson"));
        assertThat(options.seed()).isEqualTo(PopulationGenerator.Options.DEFAULT_SEED);
        assertThat(options.duplicates()).isEqualTo(0.1);
        assertThat(options.names()).isEqualTo(NameLists.SHARED);

        PopulationGenerator.Options given = Benchmarks.generateOptions(new String[] {"bench", "generate", "--persons=50k",
                "--out", "/tmp/p.ndjson", "--seed=7", "--duplicates", "0.3", "--names=/n"});
        assertThat(given).isEqualTo(new PopulationGenerator.Options(50_000, Path.of("/tmp/p.ndjson"), 7, 0.3, Path.of("/n")));
    }

    @Test
    void readsCountsWithThousandsAndMillions() {
        assertThat(Benchmarks.count("10M")).isEqualTo(10_000_000);
        assertThat(Benchmarks.count("250k")).isEqualTo(250_000);
        assertThat(Benchmarks.count("1_000_000")).isEqualTo(1_000_000);
        assertThatThrownBy(() -> Benchmarks.count("lots")).hasMessageContaining("such as 1000000 or 1m");
        assertThatThrownBy(() -> Benchmarks.count("0")).hasMessageContaining("positive");
    }

    @Test
    void refusesToGenerateWithoutACount() {
        assertThat(Benchmarks.run(new String[] {"bench", "generate"})).isEqualTo(2);
        assertThat(Benchmarks.run(new String[] {"bench", "nonsense"})).isEqualTo(2);
    }
}

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
    void measuresLatencyWithOneAndEightClientsByDefault() {
        SearchLatency.Options options = Benchmarks.latencyOptions(new String[] {"bench", "search-latency", "--persons", "1m"});

        assertThat(options.persons()).isEqualTo(1_000_000);
        assertThat(options.clients()).containsExactly(1, 8);
        assertThat(options.queries()).isEqualTo(1000);
        assertThat(options.dataDir()).isNull();
        assertThat(options.keep()).isFalse();
        assertThat(options.heap()).isEqualTo("4g");
        assertThat(options.auth()).containsExactly("bearer", "basic");
        assertThat(options.chunk()).isEqualTo(50_000);
        assertThat(options.baselines()).isTrue();
        assertThat(options.baselineQueries()).isEqualTo(1000);
        assertThat(options.reindex()).isTrue();

        SearchLatency.Options given = Benchmarks.latencyOptions(new String[] {"bench", "search-latency", "--persons=10m",
                "--clients", "1,2,16", "--queries=200", "--data-dir", "/tmp/d", "--keep", "--heap=6g", "--auth", "bearer",
                "--jfr", "/tmp/x.jfr", "--no-baselines", "--baseline-queries=50", "--no-reindex"});
        assertThat(given.clients()).containsExactly(1, 2, 16);
        assertThat(given.queries()).isEqualTo(200);
        assertThat(given.dataDir()).isEqualTo(Path.of("/tmp/d"));
        assertThat(given.keep()).isTrue();
        assertThat(given.heap()).isEqualTo("6g");
        assertThat(given.auth()).containsExactly("bearer");
        assertThat(given.jfr()).isEqualTo(Path.of("/tmp/x.jfr"));
        assertThat(given.baselines()).isFalse();
        assertThat(given.baselineQueries()).isEqualTo(50);
        assertThat(given.reindex()).isFalse();
    }

    @Test
    void refusesLatencyOptionsItCannotUse() {
        assertThatThrownBy(() -> Benchmarks.latencyOptions(new String[] {"bench", "search-latency"}))
                .hasMessageContaining("--persons is needed");
        assertThatThrownBy(() -> Benchmarks.latencyOptions(new String[] {"bench", "search-latency", "--persons", "1m",
                "--auth", "kerberos"})).hasMessageContaining("--auth");
        assertThatThrownBy(() -> Benchmarks.latencyOptions(new String[] {"bench", "search-latency", "--persons", "1m",
                "--heap", "lots"})).hasMessageContaining("--heap");
        assertThatThrownBy(() -> Benchmarks.latencyOptions(new String[] {"bench", "search-latency", "--persons", "1m",
                "--keep=yes"})).hasMessageContaining("--keep=yes");
        assertThatThrownBy(() -> Benchmarks.latencyOptions(new String[] {"bench", "search-latency", "--persons", "1m",
                "--queries", "100", "--baseline-queries", "200"})).hasMessageContaining("at most --queries");
        assertThat(Benchmarks.run(new String[] {"bench", "generate"})).isEqualTo(2);
        assertThat(Benchmarks.run(new String[] {"bench", "nonsense"})).isEqualTo(2);
    }

    @Test
    void controlRoomRunsTheIssuesDayWithACrashAndQuickIsShortWithoutOne() {
        ControlRoomLoad.Options full = Benchmarks.controlRoomOptions(new String[] {"bench", "control-room"});
        ControlRoomLoad.Options quick = Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--quick"});
        ControlRoomLoad.Options quickKill = Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--quick", "--kill",
                "--incidents=300", "--boards", "10", "--persons", "20k"});

        assertThat(full.incidents()).isEqualTo(2_000);
        assertThat(full.units()).isEqualTo(400);
        assertThat(full.boards()).isEqualTo(50);
        assertThat(full.kill()).isTrue();
        assertThat(quick.quick()).isTrue();
        assertThat(quick.kill()).isFalse();
        assertThat(quick.incidents()).isLessThan(full.incidents());
        assertThat(quickKill.kill()).isTrue();
        assertThat(quickKill.incidents()).isEqualTo(300);
        assertThat(quickKill.boards()).isEqualTo(10);
        assertThat(quickKill.persons()).isEqualTo(20_000);
        assertThat(Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--no-kill"}).kill()).isFalse();
    }

    @Test
    void controlRoomRefusesContradictionsAndMoreClientsThanUnits() {
        assertThatThrownBy(() -> Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--kill", "--no-kill"}))
                .hasMessageContaining("contradict");
        assertThatThrownBy(() -> Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--units", "4"}))
                .hasMessageContaining("--units");
        assertThatThrownBy(() -> Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--incidnets", "4"}))
                .hasMessageContaining("--incidnets");
    }

    @Test
    void controlRoomIsFlatOutUnlessPacedAndAPaceMustBeAPositiveNumber() {
        assertThat(Benchmarks.controlRoomOptions(new String[] {"bench", "control-room"}).paced()).isFalse();
        ControlRoomLoad.Options paced = Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--pace", "10"});
        assertThat(paced.paced()).isTrue();
        assertThat(paced.pace()).isEqualTo(10.0);
        assertThat(ControlRoomReport.pace(paced)).isEqualTo("10.00x");

        assertThatThrownBy(() -> Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--pace", "0"}))
                .hasMessageContaining("--pace must be more than 0");
        assertThatThrownBy(() -> Benchmarks.controlRoomOptions(new String[] {"bench", "control-room", "--pace", "fast"}))
                .hasMessageContaining("--pace").hasMessageContaining("fast");
    }
}

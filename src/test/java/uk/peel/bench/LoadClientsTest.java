package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LoadClientsTest {

    private static List<LatencyQueries.Query> queries(int n) {
        return IntStream.range(0, n).mapToObj(i -> new LatencyQueries.Query("q" + i, "f", "s", null, i)).toList();
    }

    @Test
    void eachClientAsksItsOwnShareOnItsOwnThreadAndAnswersKeepTheQueryOrder() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        LoadClients.Result result = LoadClients.run(() -> query -> {
            threads.add(Thread.currentThread().getName());
            return List.of("answer-" + query.text());
        }, 4, 25, queries(120));

        assertThat(threads).hasSize(4);
        assertThat(result.summary().count()).isEqualTo(100);
        assertThat(result.summary().errors()).isZero();
        assertThat(result.answers()).hasSize(100);
        assertThat(result.answers().get(57)).containsExactly("answer-q57");
        assertThat(result.firstError()).isNull();
    }

    @Test
    void countsFailuresApartFromTheTimes() throws Exception {
        LoadClients.Result result = LoadClients.run(() -> query -> {
            if (query.original() % 10 == 0) {
                throw new IllegalStateException("HTTP 500");
            }
            return List.of();
        }, 2, 50, queries(100));

        assertThat(result.summary().count()).isEqualTo(90);
        assertThat(result.summary().errors()).isEqualTo(10);
        assertThat(result.answers().get(10)).isNull();
        assertThat(result.firstError()).contains("HTTP 500");
    }

    @Test
    void needsEnoughQueriesForEveryClient() {
        assertThatThrownBy(() -> LoadClients.run(() -> query -> List.of(), 8, 10, queries(79)))
                .hasMessageContaining("need 80");
    }
}

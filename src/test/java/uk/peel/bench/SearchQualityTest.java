package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SearchQualityTest {

    private static QuerySet.Probe probe(String person) {
        FebrlRecord record = new FebrlRecord(person + "-org", "ann", "smith", Optional.empty());
        return new QuerySet.Probe(record, record);
    }

    private static Scorecard card(int... ranks) {
        Scorecard card = new Scorecard();
        for (int i = 0; i < ranks.length; i++) {
            card.record("rec-" + i, ranks[i], 2_000_000L);
        }
        return card;
    }

    @Test
    void summarisesPeelOnTheMainTaskUnprefixedAndEverythingElseByMethodAndSet() {
        QuerySet febrl = new QuerySet("febrl4", "FEBRL 4", List.of(probe("rec-0"), probe("rec-1")));
        QuerySet nicknames = new QuerySet("nickname", "nicknames", List.of(probe("rec-0")));
        Map<String, Map<String, Scorecard>> results = new LinkedHashMap<>();
        results.put("peel", Map.of("febrl4", card(1, 3), "nickname", card(1)));
        Scorecard slow = new Scorecard();
        slow.record("rec-0", Scorecard.NOT_FOUND, 1_000_000L);
        slow.record("rec-1", 1, 1_000_000L);
        results.put("pg", Map.of("febrl4", slow, "nickname", card(Scorecard.NOT_FOUND)));

        String summary = SearchQuality.summary(febrl, List.of(febrl, nicknames), results);

        assertThat(summary).startsWith("task=febrl4 queries=2 recall@1=0.5000 recall@10=1.0000 latency_ms=2.0000 ")
                .contains(" nickname_recall@1=1.0000 ", " pg_recall@1=0.5000 ", " pg_recall@10=0.5000 ",
                        " pg_nickname_recall@10=0.0000 ", " latency_ratio_pg=2.0000 ")
                .endsWith(" targets_met=false")
                .doesNotContain("\n");
    }
}

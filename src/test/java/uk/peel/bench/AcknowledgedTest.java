package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AcknowledgedTest {

    private static Acknowledged journal() {
        Acknowledged journal = new Acknowledged();
        journal.incident("i1", 1, "AWAITING_UNIT");
        journal.incident("i1", 2, "ASSIGNED");
        journal.statusChange("BD001", "ASSIGNED", "i1");
        journal.unit("BD001", 5);
        journal.counted();
        journal.statusChange("BD001", "EN_ROUTE", "i1");
        journal.incident("i2", 4, "CLOSED");
        journal.statusChange("BD002", "AVAILABLE", null);
        journal.statusChange("BD002", "AVAILABLE", null);
        return journal;
    }

    private static final Map<String, List<Acknowledged.StatusChange>> LOGS = Map.of(
            "BD001", List.of(new Acknowledged.StatusChange("BD001", "EN_ROUTE", "i1"), new Acknowledged.StatusChange("BD001", "ASSIGNED", "i1")),
            "BD002", List.of(new Acknowledged.StatusChange("BD002", "AVAILABLE", null), new Acknowledged.StatusChange("BD002", "AVAILABLE", null)));

    @Test
    void nothingIsLostWhenEveryRecordIsAtOrBeyondWhatWasAcknowledged() {
        Acknowledged journal = journal();

        // i1 moved on once more by a request answered by nobody: committed, not acknowledged, not an error.
        List<String> lost = journal.lost(Map.of("i1", new Acknowledged.Found(3, "AT_SCENE"), "i2", new Acknowledged.Found(4, "CLOSED")),
                Map.of("BD001", 5, "BD002", 9), LOGS);

        assertThat(lost).isEmpty();
        assertThat(journal.count()).isEqualTo(4);
        assertThat(journal.callSignsWithChanges()).containsExactly("BD001", "BD002");
    }

    @Test
    void namesEachAcknowledgedChangeThatIsNotThere() {
        List<String> lost = journal().lost(Map.of("i1", new Acknowledged.Found(1, "AWAITING_UNIT")),
                Map.of("BD001", 4), Map.of("BD001", List.of(new Acknowledged.StatusChange("BD001", "ASSIGNED", "i1")),
                        "BD002", List.of(new Acknowledged.StatusChange("BD002", "AVAILABLE", null))));

        assertThat(lost).containsExactlyInAnyOrder(
                "incident i1 is at version 1, acknowledged at 2",
                "incident i2 (acknowledged at version 4) is missing",
                "unit BD001 is at version 4, acknowledged at 5",
                "unit BD001: 1 acknowledged change(s) to EN_ROUTE on i1 not in its log",
                "unit BD002: 1 acknowledged change(s) to AVAILABLE not in its log");
    }

    @Test
    void anIncidentAcknowledgedClosedMustStillBeClosed() {
        Acknowledged journal = new Acknowledged();
        journal.incident("i2", 4, "CLOSED");

        assertThat(journal.lost(Map.of("i2", new Acknowledged.Found(4, "AWAITING_CLOSURE")), Map.of(), Map.of()))
                .containsExactly("incident i2 was acknowledged closed and is AWAITING_CLOSURE");
    }
}

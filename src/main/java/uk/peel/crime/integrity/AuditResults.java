package uk.peel.crime.integrity;

import java.util.Map;

/**
 * A sample's figures from the latest version of each judgement: the recording rate overall and by offence group,
 * each with its 95% Wilson interval, and the counts behind them.
 *
 * @param reviewed sampled incidents with at least one judgement
 * @param outcomes how many crimes were judged each way
 */
public record AuditResults(int sampled, int reviewed, Map<Outcome, Long> outcomes, RecordingRate overall,
                           Map<OffenceGroup, RecordingRate> byGroup) {

    public long count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    public RecordingRate of(OffenceGroup group) {
        return byGroup.get(group);
    }
}

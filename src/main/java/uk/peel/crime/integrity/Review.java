package uk.peel.crime.integrity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.peel.crime.Crime;
import uk.peel.crime.RecordingDecision;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLogEntry;

/**
 * What an auditor reviews for one sampled incident: the incident with its whole log and closure, the recording
 * decision its closure opened (if any) with the crimes recorded, and the judgements so far.
 *
 * @param lines each judgement line's versions, oldest first, by line number
 */
public record Review(Sample sample, int position, Incident incident, List<IncidentLogEntry> log,
                     Optional<RecordingDecision> decision, List<Crime> crimes, Map<Integer, List<Judgement>> lines) {

    /** The latest version of each line. */
    public List<Judgement> current() {
        return lines.values().stream().map(List::getLast).toList();
    }
}

package uk.peel.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.peel.incident.IncidentId;

/**
 * What another module's record says a notice should be raised about, pre-filled from that record.
 *
 * @param occurrence see {@link PpnLink#occurrence()}
 * @param incidentId the incident the record came from, if any: a notice of the same type already raised from it for
 *                   the same victim is linked to rather than duplicated
 * @param raisedBy who recorded the source record: named in the notice's log
 */
record RecordConcern(PpnLink.Kind kind, UUID recordId, String occurrence, String reference, PpnSource source,
                     SafeguardingPolicy.PpnType type, Risk risk, String summary, List<PpnPerson> people,
                     IncidentId incidentId, Instant at, String raisedBy, String why) {

    RecordConcern {
        occurrence = occurrence == null ? "" : occurrence;
        people = List.copyOf(people);
    }

    /** The person records the notice is for (victims, people at risk, children): what "the same victim" compares. */
    java.util.Set<uk.peel.person.PersonId> protectedPeople() {
        return Ppns.protectedPeople(people);
    }
}

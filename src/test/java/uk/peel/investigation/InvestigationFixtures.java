package uk.peel.investigation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimeLocation;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.CrimeReport;
import uk.peel.crime.RecordCrimeRequest;
import uk.peel.crime.RecordingChannel;
import uk.peel.crime.RecordingDecision;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;
import uk.peel.support.Acting;

/** Crimes to investigate, recorded the way the front counter records them, and the people on them. */
public final class InvestigationFixtures {

    private final CrimeRecordingDecisions decisions;
    private final PersonRecords persons;

    public InvestigationFixtures(CrimeRecordingDecisions decisions, PersonRecords persons) {
        this.decisions = decisions;
        this.persons = persons;
    }

    public UUID person(String forenames, String surname) {
        return Acting.as("investigation-test-officer", Role.INVESTIGATOR, () -> persons.record(new PersonDetails(forenames, surname,
                null, null, null, null, null, null, null, null))).id().value();
    }

    /** A crime recorded now from a front-counter report at a Trafford postcode, with a victim when one is given. */
    public Crime recorded(String classification, UUID victim, Set<CrimeFlag> flags, String postcode) {
        return recorded(classification, victim, flags, postcode, null);
    }

    /** As {@link #recorded(String, UUID, Set, String)}, allocated when recorded to the officer with this username. */
    public Crime recorded(String classification, UUID victim, Set<CrimeFlag> flags, String postcode, String allocatedTo) {
        return Acting.as("investigation-test-recorder", Role.INVESTIGATOR, () -> {
            RecordingDecision decision = decisions.report(new CrimeReport(RecordingChannel.FRONT_COUNTER, null, null,
                    "Reported at the front counter", new CrimeLocation(postcode, "1 Test Street", null, null), classification, null));
            return decisions.record(decision.id(), new RecordCrimeRequest(classification, victim == null ? List.of() : List.of(victim),
                    List.of(), List.of(), List.of(), null, null, null, null, null, null, flags, allocatedTo)).getFirst();
        });
    }
}

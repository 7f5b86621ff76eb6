package uk.peel.crime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;

/** What crime recording tests start from: closed incidents, people on record, decisions waiting. */
final class CrimeFixtures {

    private final Incidents incidents;
    private final PersonRecords persons;
    private final CrimeRecordingDecisions decisions;

    /** The officer {@link #recording} allocates crimes to: a real account, since an unknown username is refused. */
    static final String INVESTIGATOR = "crime-test-investigator";

    CrimeFixtures(Incidents incidents, PersonRecords persons, CrimeRecordingDecisions decisions, UserAccounts accounts) {
        this.incidents = incidents;
        this.persons = persons;
        this.decisions = decisions;
        accounts.createIfMissing(INVESTIGATOR, "Crime test investigator", uk.peel.support.TestUsers.PASSWORD, Set.of(Role.INVESTIGATOR));
    }

    Incident closedAsCrime(String category) {
        return Acting.as("crime-test-dispatcher", Role.DISPATCHER, () -> {
            Incident opened = incidents.open(new CallReport(null, null,
                    new IncidentLocation("M16 0RA", "12 Test Street", 53.46, -2.29), "CRIME_VIOLENCE", "2",
                    null, Set.of(), "Caller says her neighbour punched her", null));
            return incidents.close(opened.id(), new Incidents.ClosureRequest(category, List.of("Domestic abuse"),
                    "Victim has a cut lip; suspect left before police arrived"));
        });
    }

    /** The decision the incident's closure opened, once the listener has taken the referral. */
    RecordingDecision decisionFor(Incident incident) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(giveUp)) {
            var found = decisions.forIncident(incident.id());
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no recording decision was opened for " + incident.reference());
    }

    UUID person(String forenames, String surname) {
        Person person = Acting.as("crime-test-officer", Role.INVESTIGATOR, () -> persons.record(new PersonDetails(forenames, surname,
                null, null, null, null, null, null, null, null)));
        return person.id().value();
    }

    static RecordCrimeRequest recording(String classification, List<UUID> victims, List<UUID> suspects) {
        return new RecordCrimeRequest(classification, victims, suspects, List.of(), List.of(), null, null, null, null,
                "Punched the victim in the face at her front door", null, Set.of(CrimeFlag.DOMESTIC_ABUSE), INVESTIGATOR);
    }
}

package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.peel.crime.CrimeFixtures.recording;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import uk.peel.incident.Incident;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ConflictException;
import uk.peel.platform.InvalidInputException;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;

/**
 * Recording decisions and what follows: one crime per victim pre-filled from the incident, "not a crime" only with
 * a reason, and cancellation and reclassification only with an allowed reason and another person's approval as a
 * designated decision maker, keeping every earlier version.
 */
@PeelIntegrationTest
class CrimeRecordsIT {

    @Autowired
    Incidents incidents;
    @Autowired
    PersonRecords persons;
    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Crimes crimes;
    @Autowired
    JdbcClient jdbc;

    CrimeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CrimeFixtures(incidents, persons, decisions, accounts);
    }

    private Crime recordedAssault() {
        Incident incident = fixtures.closedAsCrime("CRIME_VIOLENCE");
        RecordingDecision decision = fixtures.decisionFor(incident);
        UUID victim = fixtures.person("Ann", "Victim");
        UUID suspect = fixtures.person("Sid", "Suspect");
        return Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("8N", List.of(victim), List.of(suspect)))).getFirst();
    }

    @Test
    void recordingMakesOneCrimePerVictimPrefilledFromTheIncident() {
        Incident incident = fixtures.closedAsCrime("CRIME_VIOLENCE");
        RecordingDecision decision = fixtures.decisionFor(incident);
        UUID first = fixtures.person("Ann", "Victim");
        UUID second = fixtures.person("Bea", "Victim");
        UUID suspect = fixtures.person("Sid", "Suspect");

        List<Crime> recorded = Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("8N", List.of(first, second), List.of(suspect))));

        assertThat(recorded).hasSize(2);
        assertThat(recorded).extracting(Crime::victimId).containsExactly(first, second);
        assertThat(recorded).extracting(Crime::crn).doesNotHaveDuplicates()
                .allSatisfy(crn -> assertThat(crn).matches("CR-\\d{4}-\\d{6}"));
        assertThat(recorded).allSatisfy(crime -> {
            assertThat(crime.classification()).isEqualTo("8N");
            assertThat(crime.status()).isEqualTo(CrimeStatus.RECORDED);
            assertThat(crime.details().location().postcode()).as("pre-filled from the incident").isEqualTo("M16 0RA");
            assertThat(crime.details().summary()).contains("cut lip");
            assertThat(crime.details().howReported()).isEqualTo(RecordingChannel.INCIDENT);
            assertThat(crime.details().in(CrimePerson.Role.SUSPECT)).extracting(CrimePerson::personId).containsExactly(suspect);
            assertThat(crime.details().flags()).containsExactly(CrimeFlag.DOMESTIC_ABUSE);
        });
        assertThat(decisions.find(decision.id()).status()).isEqualTo(DecisionStatus.RECORDED);
        assertThat(decisions.crimesOf(decision.id())).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'crime' and action = 'COLLECTION' and ?::text = any(record_ids)")
                .param(recorded.getFirst().id().toString()).query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("8N", List.of(first), List.of()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already made");
    }

    @Test
    void aVictimBasedCrimeNeedsItsVictimAndEveryPersonMustBeOnRecord() {
        RecordingDecision decision = fixtures.decisionFor(fixtures.closedAsCrime("CRIME_VIOLENCE"));

        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("8N", List.of(), List.of(UUID.randomUUID())))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().toString())
                        .contains("one crime per victim").contains("there is no person record"));
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("28A", List.of(fixtures.person("Ann", "Victim")), List.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kept for older crimes only");
        assertThat(decisions.find(decision.id()).status()).as("nothing recorded").isEqualTo(DecisionStatus.DUE);

        List<Crime> possession = Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("10D", List.of(), List.of())));
        assertThat(possession).singleElement().satisfies(crime -> assertThat(crime.victimId()).isNull());
    }

    @Test
    void notACrimeNeedsAReasonAndAnExplanation() {
        RecordingDecision decision = fixtures.decisionFor(fixtures.closedAsCrime("CRIME_DAMAGE"));

        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.notACrime(decision.id(), null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("reason", "explanation"));

        RecordingDecision made = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> decisions.notACrime(decision.id(),
                NotACrimeReason.NO_NOTIFIABLE_OFFENCE, "The window was broken by the wind; the owner confirms"));
        assertThat(made.status()).isEqualTo(DecisionStatus.NOT_A_CRIME);
        assertThat(made.decidedBy()).isEqualTo("crime-test-investigator");
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'crime-decision' and action = 'ALTERATION' and ?::text = any(record_ids)")
                .param(decision.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void cancellingWithoutAnAllowedReasonIsRefused() {
        Crime crime = recordedAssault();

        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.requestCancellation(crime.id(), "VICTIM_WITHDREW", "She no longer supports a prosecution")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("not a reason the Home Office Counting Rules allow").contains("C2_ADDITIONAL_VERIFIABLE_INFORMATION"));
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.requestCancellation(crime.id(), null, "no reason given")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs one of the reasons");
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.requestCancellation(crime.id(), "C3_DUPLICATE", "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Explain");

        assertThat(crimes.changes(crime.id())).isEmpty();
        assertThat(crimes.find(crime.id()).status()).isEqualTo(CrimeStatus.RECORDED);
    }

    @Test
    void cancellingNeedsADesignatedDecisionMakerOtherThanWhoeverAskedForIt() {
        Crime crime = recordedAssault();
        ChangeRequest request = Acting.as("crime-test-registrar", Role.CRIME_REGISTRAR, () -> crimes.requestCancellation(crime.id(),
                "C3_DUPLICATE", "Same assault as the crime recorded from the victim's sister's call"));

        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.approve(request.id(), null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("designated decision maker");
        assertThatThrownBy(() -> Acting.as("crime-test-registrar", Role.CRIME_REGISTRAR, () -> crimes.approve(request.id(), null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("You asked for this change");
        assertThat(crimes.find(crime.id()).status()).isEqualTo(CrimeStatus.RECORDED);

        Crime cancelled = Acting.as("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(request.id(), "Duplicate confirmed"));

        assertThat(cancelled.status()).isEqualTo(CrimeStatus.CANCELLED);
        assertThat(cancelled.details().cancellation()).satisfies(how -> {
            assertThat(how.reason()).isEqualTo(CancellationReason.C3_DUPLICATE);
            assertThat(how.requestedBy()).isEqualTo("crime-test-registrar");
            assertThat(how.approvedBy()).isEqualTo("crime-test-ddm");
        });
        assertThat(crimes.history(crime.id())).extracting(CrimeVersion::status).containsExactly(CrimeStatus.RECORDED, CrimeStatus.CANCELLED);
        assertThat(crimes.changes(crime.id())).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(ChangeRequest.Status.APPROVED);
            assertThat(change.decidedBy()).isEqualTo("crime-test-ddm");
        });
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.requestReclassification(crime.id(), "5D", "ADDITIONAL_VERIFIABLE_INFORMATION", "more")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
    }

    @Test
    void reclassificationKeepsTheHistory() {
        Crime crime = recordedAssault();
        ChangeRequest request = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.requestReclassification(
                crime.id(), "5D", "ADDITIONAL_VERIFIABLE_INFORMATION", "Medical report: fractured eye socket, intent to cause serious harm"));
        assertThat(crimes.find(crime.id()).classification()).as("unchanged until approved").isEqualTo("8N");

        Crime reclassified = Acting.as("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(request.id(), null));

        assertThat(reclassified.classification()).isEqualTo("5D");
        assertThat(reclassified.version()).isEqualTo(2);
        List<CrimeVersion> history = crimes.history(crime.id());
        assertThat(history).extracting(CrimeVersion::classification).containsExactly("8N", "5D");
        assertThat(history.getFirst().crime().classification()).as("version 1 still says what it was recorded as").isEqualTo("8N");
        assertThat(history.getFirst().change()).startsWith("Recorded as 8N Assault with injury");
        assertThat(history.get(1).change()).contains("Reclassified from 8N Assault with injury to 5D Assault with intent to cause serious harm")
                .contains("asked for by crime-test-investigator, approved by crime-test-ddm");
        assertThat(history.get(1).by()).isEqualTo("crime-test-ddm");
    }

    @Test
    void aRefusedRequestLeavesTheCrimeAsItWas() {
        Crime crime = recordedAssault();
        ChangeRequest request = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.requestCancellation(crime.id(),
                "C2_ADDITIONAL_VERIFIABLE_INFORMATION", "Victim now says she fell"));
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.requestCancellation(crime.id(), "C3_DUPLICATE", "again")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has a request waiting");

        assertThatThrownBy(() -> Acting.as("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.refuse(request.id(), "")))
                .isInstanceOf(InvalidInputException.class);
        ChangeRequest refused = Acting.as("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.refuse(request.id(),
                "A retraction is not additional verifiable information: injuries were seen by officers"));

        assertThat(refused.status()).isEqualTo(ChangeRequest.Status.REFUSED);
        assertThat(crimes.find(crime.id())).satisfies(after -> {
            assertThat(after.status()).isEqualTo(CrimeStatus.RECORDED);
            assertThat(after.version()).isEqualTo(1);
        });
    }

    @Test
    void amendingAndAddingPeopleMakeNewVersionsAndAStaleAmendmentIsRefused() {
        Crime crime = recordedAssault();
        UUID witness = fixtures.person("Wendy", "Witness");

        Crime withWitness = Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.addPerson(crime.id(), CrimePerson.Role.WITNESS, witness));
        assertThat(withWitness.version()).isEqualTo(2);
        assertThat(withWitness.details().in(CrimePerson.Role.WITNESS)).extracting(CrimePerson::personId).containsExactly(witness);
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> crimes.addPerson(crime.id(), CrimePerson.Role.VICTIM, witness)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one crime per victim");

        CrimeAmendment amendment = new CrimeAmendment(2, null, null, null, "Punched twice, then kicked",
                null, java.util.Set.of(CrimeFlag.DOMESTIC_ABUSE, CrimeFlag.HATE_DISABILITY), "Victim's statement taken");
        Crime amended = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.amend(crime.id(), amendment));
        assertThat(amended.version()).isEqualTo(3);
        assertThat(amended.details().flags()).contains(CrimeFlag.HATE_DISABILITY);
        assertThat(amended.details().location().postcode()).as("kept when not given").isEqualTo("M16 0RA");

        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.amend(crime.id(), amendment)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has changed since version 2");
        assertThatThrownBy(() -> Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.amend(crime.id(),
                new CrimeAmendment(3, null, null, null, null, null, null, " "))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Say why");

        List<CrimeVersion> history = crimes.history(crime.id());
        assertThat(history).extracting(CrimeVersion::version).containsExactly(1, 2, 3);
        assertThat(history.get(0).crime().details().modusOperandi()).as("version 1 as it was").isEqualTo("Punched the victim in the face at her front door");
        assertThat(history.get(2).change()).isEqualTo("Amended: Victim's statement taken");
    }
}

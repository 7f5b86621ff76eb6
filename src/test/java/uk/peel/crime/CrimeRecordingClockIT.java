package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.incident.CallReport;
import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;

/**
 * The 24-hour recording clock with chosen times (as {@code GradeClockIT} asks the escalation sweep), and the two
 * ways a closure reaches crime recording: the listener, and the sweep that takes referrals the listener never did.
 */
@PeelIntegrationTest
class CrimeRecordingClockIT {

    @Autowired
    Incidents incidents;
    @Autowired
    PersonRecords persons;
    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CrimeRecordingReferrals referrals;
    @Autowired
    ReferralIntake intake;
    @Autowired
    JdbcClient jdbc;

    CrimeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CrimeFixtures(incidents, persons, decisions, accounts);
    }

    private boolean breachedAt(RecordingDecision decision, Instant at) {
        return decisions.breachedAt(at, 10_000).stream().anyMatch(d -> d.id().equals(decision.id()));
    }

    @Test
    void anIncidentClosedAsCrimeRelatedWithNoDecisionIsABreachAtTwentyFourHoursAndNotBefore() {
        Incident incident = fixtures.closedAsCrime("CRIME_VIOLENCE");
        Instant closed = incident.closure().closedAt();

        RecordingDecision decision = fixtures.decisionFor(incident);

        assertThat(decision.channel()).isEqualTo(RecordingChannel.INCIDENT);
        assertThat(decision.sourceReference()).isEqualTo(incident.reference());
        assertThat(decision.reportedAt()).as("the clock runs from the closure, not from when the referral was taken").isEqualTo(closed);
        assertThat(decision.dueAt()).isEqualTo(closed.plus(Duration.ofHours(24)));
        assertThat(decision.status()).isEqualTo(DecisionStatus.DUE);
        assertThat(referrals.find(incident.id())).hasValueSatisfying(r -> assertThat(r.isPending()).isFalse());

        assertThat(breachedAt(decision, closed.plus(Duration.ofHours(23)))).isFalse();
        assertThat(breachedAt(decision, closed.plus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
        assertThat(decision.clockAt(closed.plus(Duration.ofHours(24)).minusSeconds(1)).breached()).isFalse();

        assertThat(breachedAt(decision, closed.plus(Duration.ofHours(24)))).isTrue();
        assertThat(decisions.countBreachedAt(closed.plus(Duration.ofHours(24))))
                .as("the dashboard's count moves with the list").isGreaterThan(decisions.countBreachedAt(
                        closed.plus(Duration.ofHours(24)).minusNanos(1_000)));
        assertThat(decision.clockAt(closed.plus(Duration.ofHours(24))).breached()).isTrue();
        assertThat(decision.clockAt(closed.plus(Duration.ofHours(30))).remaining()).isEqualTo(Duration.ofHours(-6));
    }

    @Test
    void aDecisionMadeInTimeIsNeverABreach() {
        Incident incident = fixtures.closedAsCrime("CRIME_VIOLENCE");
        RecordingDecision decision = fixtures.decisionFor(incident);

        RecordingDecision made = Acting.as("crime-test-registrar", Role.CRIME_REGISTRAR, () -> decisions.notACrime(decision.id(),
                NotACrimeReason.CREDIBLE_EVIDENCE_NO_CRIME, "CCTV shows the caller fell; she agrees nobody hit her"));

        assertThat(breachedAt(decision, incident.closure().closedAt().plus(Duration.ofDays(3)))).isFalse();
        assertThat(made.clockAt(Instant.now().plus(Duration.ofDays(3)))).satisfies(clock -> {
            assertThat(clock.breached()).isFalse();
            assertThat(clock.late()).isFalse();
        });
    }

    @Test
    void aReferralPersistedAtClosureBecomesADecisionOnTheSweepEvenIfTheListenerNeverRan() {
        // The state a crash leaves between the closing transaction committing and its event being handled: the
        // incident closed as crime-related and its referral written, but no decision. Made here in SQL so that no
        // event exists at all.
        Incident open = Acting.as("crime-test-handler", Role.CALL_HANDLER, () -> incidents.open(new CallReport(null, null,
                new IncidentLocation("M32 0JG", null, null, null), "CRIME_THEFT", "3", null, Set.of(), "Bike stolen", null)));
        Instant closed = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        update incident set status = 'CLOSED', closed_at = :closed, closing_category = 'CRIME_THEFT',
                               crime_related = true, version = version + 1 where id = :id""")
                .param("closed", Timestamp.from(closed)).param("id", open.id().value()).update();
        jdbc.sql("""
                        insert into crime_recording_referral (incident_id, closing_category, closed_at, decision_due_at)
                        values (:id, 'CRIME_THEFT', :closed, :due)""")
                .param("id", open.id().value()).param("closed", Timestamp.from(closed))
                .param("due", Timestamp.from(closed.plus(Duration.ofHours(24)))).update();
        assertThat(decisions.forIncident(open.id())).isEmpty();

        assertThat(intake.sweep()).isGreaterThanOrEqualTo(1);

        RecordingDecision decision = decisions.forIncident(open.id()).orElseThrow();
        assertThat(decision.reportedAt()).isEqualTo(closed);
        assertThat(decision.dueAt()).isEqualTo(closed.plus(Duration.ofHours(24)));
        assertThat(referrals.find(open.id())).hasValueSatisfying(r -> assertThat(r.isPending()).isFalse());

        intake.sweep();
        assertThat(decisions.openForIncident(open.id())).as("taking it again opens nothing new").contains(decision);
        assertThat(jdbc.sql("select count(*) from crime_recording_decision where incident_id = :id").param("id", open.id().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReportFromAnotherChannelHasItsClockFromWhenItReachedTheForce() {
        Instant reported = Instant.now().minus(Duration.ofHours(25)).truncatedTo(ChronoUnit.MICROS);

        RecordingDecision decision = Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.report(new CrimeReport(
                RecordingChannel.ONLINE, reported, "ONL-12345", "My car was keyed overnight outside my house",
                new CrimeLocation("M33 7XW", null, null, null), "58C", null)));

        assertThat(decision.dueAt()).isEqualTo(reported.plus(Duration.ofHours(24)));
        assertThat(decision.sourceReference()).isEqualTo("ONL-12345");
        assertThat(breachedAt(decision, Instant.now())).as("typed in late, it is already overdue").isTrue();
        assertThat(decisions.breachedAt(Instant.now(), 10_000)).extracting(RecordingDecision::sourceReference).contains("ONL-12345");
    }

    @Test
    void aDecisionMadeAfterTheDeadlineIsLate() {
        Instant reported = Instant.now().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MICROS);
        RecordingDecision decision = Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.report(new CrimeReport(
                RecordingChannel.FRONT_COUNTER, reported, null, "Wallet taken from handbag on the tram", null, null, null)));

        RecordingDecision made = Acting.as("crime-test-registrar", Role.CRIME_REGISTRAR, () -> decisions.notACrime(decision.id(),
                NotACrimeReason.CREDIBLE_EVIDENCE_NO_CRIME, "Lost, not stolen: the wallet was handed in at the tram stop"));

        assertThat(made.clockAt(Instant.now()).late()).isTrue();
        assertThat(made.clockAt(Instant.now()).breached()).as("made, so no longer waiting").isFalse();
    }
}

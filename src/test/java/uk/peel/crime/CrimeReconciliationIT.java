package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.peel.crime.CrimeFixtures.recording;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.crime.ReconciliationReport.Finding;
import uk.peel.crime.ReconciliationReport.Kind;
import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;

/**
 * The reconciliation finds each way a crime-related report can be lost or a crime removed without approval —
 * here made by writing the database behind Peel's back, as a defect or a crash would — and does not report what
 * went through the rules.
 */
@PeelIntegrationTest
class CrimeReconciliationIT {

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
    CrimeReconciliation reconciliation;
    @Autowired
    JdbcClient jdbc;

    CrimeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CrimeFixtures(incidents, persons, decisions, accounts);
    }

    private static List<Finding> about(ReconciliationReport report, String reference) {
        return report.findings().stream().filter(f -> f.reference().equals(reference)).toList();
    }

    /** An incident closed in SQL as crime-related at {@code closed}, with or without its referral, and no event. */
    private Incident closedBehindPeelsBack(Instant closed, boolean withReferral) {
        Incident open = Acting.as("crime-test-handler", Role.CALL_HANDLER, () -> incidents.open(new CallReport(null, null,
                new IncidentLocation("M32 0JG", null, null, null), "CRIME_THEFT", "3", null, Set.of(), "Bike stolen", null)));
        jdbc.sql("""
                        update incident set status = 'CLOSED', closed_at = :closed, closing_category = 'CRIME_THEFT',
                               crime_related = true, version = version + 1 where id = :id""")
                .param("closed", Timestamp.from(closed)).param("id", open.id().value()).update();
        if (withReferral) {
            jdbc.sql("""
                            insert into crime_recording_referral (incident_id, closing_category, closed_at, decision_due_at)
                            values (:id, 'CRIME_THEFT', :closed, :due)""")
                    .param("id", open.id().value()).param("closed", Timestamp.from(closed))
                    .param("due", Timestamp.from(closed.plus(Duration.ofHours(24)))).update();
        }
        return open;
    }

    @Test
    void aReferralThatNeverBecameADecisionIsUnexplainedOnceItIsNoLongerInTransit() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Incident lost = closedBehindPeelsBack(now.minus(Duration.ofHours(2)), true);
        Incident justClosed = closedBehindPeelsBack(now.minus(Duration.ofMinutes(1)), true);
        Incident unreferred = closedBehindPeelsBack(now.minus(Duration.ofHours(1)), false);

        ReconciliationReport report = reconciliation.reconcile(now);

        assertThat(about(report, lost.reference())).extracting(Finding::kind).containsExactly(Kind.REFERRAL_WITHOUT_DECISION);
        assertThat(about(report, justClosed.reference())).as("its decision is being opened").isEmpty();
        assertThat(report.inTransit()).isGreaterThanOrEqualTo(1);
        assertThat(about(report, unreferred.reference())).extracting(Finding::kind).containsExactly(Kind.INCIDENT_NOT_REFERRED);
        assertThat(report.unexplained()).isGreaterThanOrEqualTo(2);
        assertThat(report.summary()).contains("unexplained=").contains("reconcile_s=");
        assertThat(reconciliation.latest()).get().extracting(ReconciliationReport::checkedAt).isEqualTo(now);
    }

    @Test
    void aCrimeCancelledOrReclassifiedWithoutAnApprovedRequestIsUnexplained() {
        RecordingDecision decision = fixtures.decisionFor(fixtures.closedAsCrime("CRIME_VIOLENCE"));
        UUID first = fixtures.person("Ann", "Victim");
        UUID second = fixtures.person("Bea", "Victim");
        List<Crime> recorded = Acting.as("crime-test-investigator", Role.INVESTIGATOR,
                () -> decisions.record(decision.id(), recording("8N", List.of(first, second), List.of())));
        Crime cancelledBehindItsBack = recorded.get(0);
        Crime reclassifiedBehindItsBack = recorded.get(1);
        jdbc.sql("update crime set status = 'CANCELLED' where id = :id").param("id", cancelledBehindItsBack.id().value()).update();
        jdbc.sql("""
                        insert into crime_version (crime_id, version, at, by_user, change, classification, status, document)
                        select crime_id, 2, now(), 'someone', 'changed in SQL', '105A', status, document
                          from crime_version where crime_id = :id and version = 1""")
                .param("id", reclassifiedBehindItsBack.id().value()).update();

        ReconciliationReport report = reconciliation.reconcile(Instant.now());

        assertThat(about(report, cancelledBehindItsBack.crn())).extracting(Finding::kind).containsExactly(Kind.CANCELLED_WITHOUT_APPROVAL);
        assertThat(about(report, reclassifiedBehindItsBack.crn())).extracting(Finding::kind).containsExactly(Kind.RECLASSIFIED_WITHOUT_APPROVAL);
    }

    @Test
    void reportsThatWentThroughTheRulesAreNotExceptions() {
        Incident incident = fixtures.closedAsCrime("CRIME_VIOLENCE");
        RecordingDecision decision = fixtures.decisionFor(incident);
        Crime crime = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> decisions.record(decision.id(),
                recording("8N", List.of(fixtures.person("Ann", "Victim")), List.of()))).getFirst();
        ChangeRequest reclassify = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.requestReclassification(
                crime.id(), "5D", "ADDITIONAL_VERIFIABLE_INFORMATION", "Medical report shows serious injury"));
        Acting.as("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(reclassify.id(), null));
        ChangeRequest cancel = Acting.as("crime-test-investigator", Role.INVESTIGATOR, () -> crimes.requestCancellation(
                crime.id(), "C1_TRANSFERRED", "Happened in Cheshire: transferred to Cheshire Constabulary"));
        Acting.as("crime-test-ddm", Role.DECISION_MAKER, () -> crimes.approve(cancel.id(), null));
        RecordingDecision notACrime = Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.report(new CrimeReport(
                RecordingChannel.PARTNER_AGENCY, null, "SC-998", "School reports a fight between pupils", null, null, null)));
        Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.notACrime(notACrime.id(),
                NotACrimeReason.NO_NOTIFIABLE_OFFENCE, "Play fighting; no injury and neither child alleges assault"));

        ReconciliationReport report = reconciliation.reconcile(Instant.now());

        assertThat(about(report, incident.reference())).isEmpty();
        assertThat(about(report, crime.crn())).isEmpty();
        assertThat(about(report, "SC-998")).isEmpty();
    }

    @Test
    void overdueAndLateDecisionsAreExceptionsButNotLosses() {
        Instant reported = Instant.now().minus(Duration.ofHours(26));
        RecordingDecision overdue = Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.report(new CrimeReport(
                RecordingChannel.THIRD_PARTY, reported, "TP-" + UUID.randomUUID(), "Neighbour heard a fight next door", null, null, null)));
        RecordingDecision late = Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.report(new CrimeReport(
                RecordingChannel.ONLINE, reported, "ONL-" + UUID.randomUUID(), "Shed broken into", null, null, null)));
        Acting.as("crime-test-officer", Role.RESPONSE_OFFICER, () -> decisions.record(late.id(), recording("30C",
                List.of(fixtures.person("Ann", "Victim")), List.of())));

        ReconciliationReport report = reconciliation.reconcile(Instant.now());

        assertThat(about(report, overdue.sourceReference())).extracting(Finding::kind).containsExactly(Kind.DECISION_OVERDUE);
        assertThat(about(report, late.sourceReference())).extracting(Finding::kind).containsExactly(Kind.DECISION_LATE);
        assertThat(Kind.DECISION_OVERDUE.unexplained()).isFalse();
        assertThat(report.exceptions()).isGreaterThanOrEqualTo(report.unexplained() + 2);
    }
}

package uk.peel.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.peel.safeguarding.SafeguardingTestData.answers;
import static uk.peel.safeguarding.SafeguardingTestData.domesticAbuse;
import static uk.peel.safeguarding.SafeguardingTestData.domesticCall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.incident.Incident;
import uk.peel.incident.Incidents;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.person.PersonId;
import uk.peel.platform.ConflictException;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.security.Role;
import uk.peel.support.PeelIntegrationTest;

/**
 * Notices through their life on a real database, with the service-level sweep asked about moments the test
 * chooses, as the scheduled sweep asks with the real clock.
 */
@PeelIntegrationTest
class SafeguardingIT {

    @Autowired
    Ppns ppns;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    SafeguardingSweep sweep;
    @Autowired
    SafeguardingQueues queues;
    @Autowired
    Incidents incidents;
    @Autowired
    JdbcClient jdbc;

    private Ppn raise(NewPpn request) {
        return CurrentUser.actingAs("sg-test-officer", () -> ppns.raise(request));
    }

    private List<PpnAlert> dueAt(Ppn ppn, Instant at) {
        return sweep.sweep(at).stream().filter(alert -> alert.ppnId().equals(ppn.id())).toList();
    }

    @Test
    void aDomesticAbuseNoticeNotRiskAssessedWithinItsServiceLevelIsABreachAndEscalatesOnce() {
        Ppn ppn = raise(domesticAbuse(PersonId.generate(), PersonId.generate()));
        Instant due = ppn.raisedAt().plus(Duration.ofHours(24));
        assertThat(ppn.assessmentDueAt()).isEqualTo(due);

        assertThat(dueAt(ppn, due.minusSeconds(1))).filteredOn(a -> a.kind() == PpnAlert.Kind.ASSESSMENT_OVERDUE).isEmpty();
        assertThat(ppn.clockAt(due.minusSeconds(1)).assessmentBreached()).isFalse();

        List<PpnAlert> raised = dueAt(ppn, due.plusSeconds(1));
        assertThat(raised).filteredOn(a -> a.kind() == PpnAlert.Kind.ASSESSMENT_OVERDUE).singleElement().satisfies(alert -> {
            assertThat(alert.role()).isEqualTo(Role.SUPERVISOR);
            assertThat(alert.message()).contains(ppn.reference()).contains("no risk assessment");
        });
        assertThat(ppns.find(ppn.id()).clockAt(due.plusSeconds(1)).assessmentBreached()).isTrue();
        assertThat(ppns.openAlerts(Set.of(Role.SUPERVISOR))).anySatisfy(a -> assertThat(a.ppnId()).isEqualTo(ppn.id()));
        assertThat(dueAt(ppn, due.plus(Duration.ofHours(1)))).as("escalated once, not on every sweep").isEmpty();
        assertThat(ppns.log(ppn.id())).anySatisfy(entry -> assertThat(entry.text()).startsWith("Risk assessment overdue: escalated to Supervisor"));

        TeamQueue dau = queues.summaries(due.plusSeconds(1)).stream().filter(q -> q.team().equals("DAU")).findFirst().orElseThrow();
        assertThat(dau.breached()).isGreaterThanOrEqualTo(1);
        assertThat(queues.queue("DAU", due.plusSeconds(1), 10_000)).filteredOn(item -> item.ppn().id().equals(ppn.id()))
                .singleElement().satisfies(item -> assertThat(item.clock().breached()).isTrue());
    }

    @Test
    void anUntriagedNoticeEscalatesToTheDutyInspectorAtItsRisksTriageServiceLevel() {
        Ppn ppn = raise(new NewPpn("CHILD_CONCERN", List.of(new PpnPerson(null, "Sam Child", PersonRole.CHILD)),
                "Child found alone at home late at night", Risk.HIGH, null));
        Instant due = ppn.raisedAt().plus(Duration.ofHours(4));
        assertThat(ppn.triageDueAt()).isEqualTo(due);
        assertThat(ppn.assessmentDueAt()).as("no DASH for a child concern").isNull();

        assertThat(dueAt(ppn, due.minusSeconds(1))).isEmpty();
        assertThat(dueAt(ppn, due.plusSeconds(1))).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(PpnAlert.Kind.TRIAGE_OVERDUE);
            assertThat(alert.role()).isEqualTo(Role.DUTY_INSPECTOR);
        });

        Ppn triaged = CurrentUser.actingAs("sg-test-mash", () -> ppns.triage(ppn.id(), "Refer to children's social care today"));
        assertThat(triaged.status()).isEqualTo(PpnStatus.TRIAGED);
        assertThat(ppns.alerts(ppn.id())).allSatisfy(alert -> assertThat(alert.isOpen()).isFalse());
    }

    @Test
    void aHighRiskDashCreatesAMaracReferralRecordedAsADisclosureToMarac() {
        Ppn ppn = raise(domesticAbuse(PersonId.generate(), PersonId.generate()));

        Ppn assessed = CurrentUser.actingAs("sg-test-officer", () -> assessments.complete(ppn.id(),
                new RiskAssessments.DashSubmission(answers(14), null, null)));

        assertThat(assessed.risk()).isEqualTo(Risk.HIGH);
        assertThat(assessed.assessment().yesCount()).isEqualTo(14);
        assertThat(assessed.triageDueAt()).as("triage due at the high-risk service level from the assessment")
                .isEqualTo(assessed.assessment().completedAt().plus(Duration.ofHours(4)));
        assertThat(ppn.triageDueAt()).as("before the assessment, from when it is due").isEqualTo(ppn.assessmentDueAt().plus(Duration.ofHours(8)));
        assertThat(referrals.of(ppn.id())).singleElement().satisfies(referral -> {
            assertThat(referral.agency()).isEqualTo(PartnerAgency.MARAC);
            assertThat(referral.automatic()).isTrue();
            assertThat(referral.shared()).contains(SharedInformation.RISK_ASSESSMENT);
        });
        assertThat(jdbc.sql("""
                        select count(*) from audit_log where action = 'DISCLOSURE' and recipient = :recipient
                           and record_ids @> array[:ppn]::text[] and username = 'sg-test-officer'""")
                .param("recipient", PartnerAgency.MARAC.label()).param("ppn", ppn.id().toString()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(ppns.log(ppn.id())).extracting(PpnLogEntry::text)
                .anySatisfy(text -> assertThat(text).startsWith("DASH completed: high risk"))
                .anySatisfy(text -> assertThat(text).startsWith("Referred to Domestic abuse unit (specialist team) at high risk"))
                .anySatisfy(text -> assertThat(text).startsWith("Referred to Multi-agency risk assessment conference (MARAC) automatically"));
    }

    @Test
    void professionalJudgementRaisesAGradeToHighAndAMediumDashIsNotReferredToMarac() {
        Ppn judged = raise(domesticAbuse(PersonId.generate(), PersonId.generate()));
        Ppn medium = raise(domesticAbuse(PersonId.generate(), PersonId.generate()));

        Ppn high = CurrentUser.actingAs("sg-test-officer", () -> assessments.complete(judged.id(), new RiskAssessments.DashSubmission(
                answers(5), Risk.HIGH, "He has just been released from prison for a serious assault on her")));
        Ppn notHigh = CurrentUser.actingAs("sg-test-officer", () -> assessments.complete(medium.id(),
                new RiskAssessments.DashSubmission(answers(11), null, null)));

        assertThat(high.risk()).isEqualTo(Risk.HIGH);
        assertThat(high.assessment().reasons()).anySatisfy(r -> assertThat(r).contains("professional judgement"));
        assertThat(referrals.of(judged.id())).extracting(PartnerReferral::agency).containsExactly(PartnerAgency.MARAC);
        assertThat(notHigh.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(referrals.of(medium.id())).isEmpty();
    }

    @Test
    void anIncompleteDashIsRefusedNamingEveryQuestionLeftUnanswered() {
        Ppn ppn = raise(domesticAbuse(PersonId.generate(), PersonId.generate()));
        Map<Integer, DashAnswer> partial = answers(3);
        partial.remove(7);
        partial.remove(20);

        assertThatThrownBy(() -> CurrentUser.actingAs("sg-test-officer", () -> assessments.complete(ppn.id(),
                new RiskAssessments.DashSubmission(partial, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("answers-7", "answers-20"));
        assertThat(ppns.find(ppn.id()).assessment()).isNull();
    }

    @Test
    void repeatVictimsAndPerpetratorsAreFlaggedFromEarlierNotices() {
        PersonId victim = PersonId.generate();
        PersonId perpetrator = PersonId.generate();
        raise(domesticAbuse(victim, perpetrator));
        raise(domesticAbuse(victim, PersonId.generate()));
        Ppn third = raise(domesticAbuse(victim, perpetrator));

        Ppn assessed = CurrentUser.actingAs("sg-test-officer", () -> assessments.complete(third.id(),
                new RiskAssessments.DashSubmission(answers(2), null, null)));

        assertThat(assessed.assessment().repeatVictim()).isTrue();
        assertThat(assessed.assessment().repeatPerpetrator()).isTrue();
        assertThat(assessed.assessment().potentialEscalation()).as("third notice about the victim in a year").isTrue();
        assertThat(assessed.risk()).isEqualTo(Risk.STANDARD);
        assertThat(referrals.of(third.id())).extracting(PartnerReferral::agency).containsExactly(PartnerAgency.MARAC);
    }

    @Test
    void aNoticeRaisedFromACallIsLinkedToPersonRecordsLaterAndThenSeesTheRepeatVictim() {
        PersonId victim = PersonId.generate();
        raise(domesticAbuse(victim, PersonId.generate()));
        Incident incident = domesticCall(incidents, "2");
        Ppn fromCall = ppns.raiseFromIncident(incident.id(), ppns.policy().type("DOMESTIC_ABUSE").orElseThrow(), incident.createdAt())
                .orElseThrow();
        assertThat(assessments.repeatFlags(ppns.find(fromCall.id())).repeatVictim()).isFalse();

        Ppn linked = CurrentUser.actingAs("sg-test-officer", () -> ppns.addPerson(fromCall.id(),
                new PpnPerson(victim, "Jane Doe", PersonRole.VICTIM)));

        assertThat(linked.people()).extracting(PpnPerson::role).containsExactly(PersonRole.VICTIM, PersonRole.VICTIM);
        assertThat(assessments.repeatFlags(linked).repeatVictim()).isTrue();
        assertThat(ppns.log(fromCall.id())).anySatisfy(e -> assertThat(e.text()).startsWith("Named Jane Doe as victim"));
        assertThatThrownBy(() -> CurrentUser.actingAs("sg-test-officer", () -> ppns.addPerson(fromCall.id(),
                new PpnPerson(null, " ", null)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noNoticeCanBeClosedWithoutAnOutcome() {
        Ppn ppn = raise(new NewPpn("ADULT_AT_RISK", List.of(new PpnPerson(null, "Ann Elder", PersonRole.SUBJECT)),
                "Elderly woman found confused in the street at night", Risk.MEDIUM, null));

        assertThatThrownBy(() -> CurrentUser.actingAs("sg-test-mash", () -> ppns.close(ppn.id(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("outcome: A notice cannot be closed without an outcome: choose the outcome",
                                "explanation: A notice cannot be closed without an outcome: explain what was done"));
        assertThat(ppns.find(ppn.id()).isClosed()).isFalse();
        assertThatThrownBy(() -> jdbc.sql("update ppn set status = 'CLOSED' where id = :id").param("id", ppn.id().value()).update())
                .as("the database refuses it too").hasMessageContaining("ppn_closed_with_outcome");

        Ppn closed = CurrentUser.actingAs("sg-test-mash", () -> ppns.close(ppn.id(), PpnOutcome.REFERRED_TO_PARTNERS,
                "Referred to adult social care, who visited the same day"));
        assertThat(closed.closure().outcome()).isEqualTo(PpnOutcome.REFERRED_TO_PARTNERS);
        assertThatThrownBy(() -> CurrentUser.actingAs("sg-test-mash", () -> ppns.triage(ppn.id(), "late")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is closed");
    }

    @Test
    void aDomesticAbuseNoticeCannotBeClosedBeforeItsRiskAssessmentUnlessADuplicate() {
        Ppn ppn = raise(domesticAbuse(PersonId.generate(), PersonId.generate()));

        assertThatThrownBy(() -> CurrentUser.actingAs("sg-test-dau", () -> ppns.close(ppn.id(), PpnOutcome.SUPPORT_DECLINED, "Declined")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has not been risk assessed");

        Ppn closed = CurrentUser.actingAs("sg-test-dau", () -> ppns.close(ppn.id(), PpnOutcome.DUPLICATE, "Same as the notice raised by the call"));
        assertThat(closed.isClosed()).isTrue();
    }

    @Test
    void aPartnerReferralIsADisclosureNamingItsRecipientAndWhatWasShared() {
        PersonId victim = PersonId.generate();
        Ppn ppn = raise(domesticAbuse(victim, PersonId.generate()));

        PartnerReferral referral = CurrentUser.actingAs("sg-test-dau", () -> referrals.refer(ppn.id(), new Referrals.ReferralRequest(
                PartnerAgency.IDVA, List.of(SharedInformation.IDENTITIES, SharedInformation.CONTACT_DETAILS), "Victim consents to IDVA support")));

        assertThat(referral.automatic()).isFalse();
        assertThat(jdbc.sql("""
                        select detail from audit_log where action = 'DISCLOSURE' and recipient = :recipient
                           and record_ids @> array[:ppn, :victim]::text[]""")
                .param("recipient", PartnerAgency.IDVA.label()).param("ppn", ppn.id().toString()).param("victim", victim.toString())
                .query(String.class).single()).contains("how and when the victim can safely be contacted").contains("consents");
        assertThatThrownBy(() -> CurrentUser.actingAs("sg-test-dau", () -> referrals.refer(ppn.id(),
                new Referrals.ReferralRequest(PartnerAgency.MASH, List.of(), " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("shared", "reason"));
    }

    @Test
    void aNoticeRaisedFromAnIncidentLinksItAndARepeatedRaiseLeavesOne() {
        Incident incident = domesticCall(incidents, "2");
        SafeguardingPolicy.PpnType type = ppns.policy().type("DOMESTIC_ABUSE").orElseThrow();

        assertThat(ppns.raiseFromIncident(incident.id(), type, incident.createdAt())).isPresent();
        assertThat(ppns.raiseFromIncident(incident.id(), type, incident.createdAt())).isEmpty();
        assertThat(ppns.ofIncident(incident.id())).singleElement().satisfies(ppn -> {
            assertThat(ppn.incidentReference()).isEqualTo(incident.reference());
            assertThat(ppn.raisedAt()).isEqualTo(incident.createdAt());
        });
    }
}

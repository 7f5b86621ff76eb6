package uk.peel.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.Crimes;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * Investigations with chosen instants for the clocks (the work lists are asked "as of" an instant, as the recording
 * clock's tests ask for breaches): reviews and victim updates become overdue when their time passes, outcomes need
 * the supervisor's or a finaliser's authority, and every outcome given is kept.
 */
@PeelIntegrationTest
class InvestigationIT {

    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    PersonRecords persons;
    @Autowired
    Crimes crimes;
    @Autowired
    Investigations investigations;
    @Autowired
    WorkLists work;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    InvestigationFixtures fixtures;
    String officer;
    String supervisor;

    @BeforeEach
    void fixtures() {
        fixtures = new InvestigationFixtures(decisions, persons);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        officer = "inv-officer-" + unique;
        supervisor = "inv-sergeant-" + unique;
        // Allocations and tasks name people who can sign in; anyone else is refused.
        accounts.createIfMissing(officer, "Officer " + unique, TestUsers.PASSWORD, Set.of(Role.INVESTIGATOR));
        accounts.createIfMissing(supervisor, "Sergeant " + unique, TestUsers.PASSWORD, Set.of(Role.SUPERVISOR));
    }

    private Investigation allocated(Crime crime, String team) {
        return Acting.as(supervisor, Role.SUPERVISOR, () -> investigations.allocate(crime.id(), team, officer, supervisor));
    }

    private boolean inReviewsDue(Investigation investigation, Instant at) {
        return Acting.as(supervisor, Role.SUPERVISOR, () -> work.supervisor(supervisor, null, at)).reviewsDue().stream()
                .anyMatch(i -> i.crimeId().equals(investigation.crimeId()));
    }

    @Test
    void everyRecordedCrimeGetsAnInvestigationInTheQueueTheForceRulesGive() {
        Crime assault = fixtures.recorded("8N", fixtures.person("Vera", "Queue"), Set.of(), "M15 4AB");
        Crime domestic = fixtures.recorded("8N", fixtures.person("Dora", "Queue"), Set.of(CrimeFlag.DOMESTIC_ABUSE), "M15 4AB");

        Investigation plain = Acting.as(supervisor, Role.SUPERVISOR, () -> investigations.open(assault.id()));
        Investigation abuse = Acting.as(supervisor, Role.SUPERVISOR, () -> investigations.open(domestic.id()));

        assertThat(plain.team()).isEqualTo("VOLUME_CRIME");
        assertThat(plain.nextReviewDue()).as("first review within 7 days by default").isEqualTo(assault.recordedAt().plus(Duration.ofDays(7)));
        assertThat(abuse.team()).isEqualTo("PUBLIC_PROTECTION");
        assertThat(abuse.nextReviewDue()).as("domestic abuse: first review within 3 days")
                .isEqualTo(domestic.recordedAt().plus(Duration.ofDays(3)));
        assertThat(abuse.officer()).isNull();
        assertThat(Acting.as(supervisor, Role.SUPERVISOR, () -> work.supervisor(supervisor, "PUBLIC_PROTECTION", Instant.now()))
                .teamQueue()).extracting(Investigation::crimeId).contains(domestic.id());
        assertThat(Acting.as(supervisor, Role.SUPERVISOR, () -> work.supervisor(supervisor, null, Instant.now())).unallocated())
                .extracting(Investigation::crimeId).contains(assault.id(), domestic.id());

        Investigation taken = allocated(domestic, "PUBLIC_PROTECTION");
        assertThat(taken.officer()).isEqualTo(officer);
        assertThat(crimes.find(domestic.id()).allocatedTo()).as("the crime says whose it is too").isEqualTo(officer);
        assertThat(Acting.as(supervisor, Role.SUPERVISOR, () -> work.supervisor(supervisor, "PUBLIC_PROTECTION", Instant.now()))
                .teamQueue()).extracting(Investigation::crimeId).doesNotContain(domestic.id());
        assertThat(Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, Instant.now())).crimes())
                .extracting(Investigation::crimeId).containsExactly(domestic.id());

        assertThatThrownBy(() -> Acting.as(officer, Role.INVESTIGATOR,
                () -> investigations.allocate(assault.id(), "VOLUME_CRIME", officer, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(supervisor, Role.SUPERVISOR,
                () -> investigations.allocate(assault.id(), "DOG_SECTION", officer, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("team").hasMessageContaining("VOLUME_CRIME");
    }

    @Test
    void aReviewNotDoneInTimeShowsOverdueAndAReviewSetsTheNextOne() {
        Crime crime = fixtures.recorded("8N", fixtures.person("Rhoda", "Review"), Set.of(), "M15 4AB");
        Investigation investigation = allocated(crime, "VOLUME_CRIME");
        Instant due = crime.recordedAt().plus(Duration.ofDays(7));

        assertThat(inReviewsDue(investigation, due.minus(Duration.ofDays(3)))).as("not yet due").isFalse();
        assertThat(inReviewsDue(investigation, due.minus(Duration.ofDays(1)))).as("due within two days").isTrue();
        assertThat(Acting.as(supervisor, Role.SUPERVISOR, () -> work.supervisor(supervisor, null, due.minusSeconds(1)))
                .reviewOverdue(investigation)).isFalse();
        assertThat(Acting.as(supervisor, Role.SUPERVISOR, () -> work.supervisor(supervisor, null, due))
                .reviewOverdue(investigation)).as("overdue from the instant it was due").isTrue();
        assertThat(inReviewsDue(investigation, due.plus(Duration.ofDays(10)))).isTrue();

        assertThatThrownBy(() -> Acting.as(officer, Role.INVESTIGATOR, () -> investigations.review(crime.id(), "Looks fine")))
                .isInstanceOf(AccessDeniedException.class);
        Investigation reviewed = Acting.as(supervisor, Role.SUPERVISOR,
                () -> investigations.review(crime.id(), "CCTV to be seized from the shop opposite"));

        assertThat(reviewed.nextReviewDue()).as("then every 28 days").isAfter(due.plus(Duration.ofDays(20)));
        assertThat(inReviewsDue(reviewed, due.plus(Duration.ofDays(1)))).as("done, so no longer due").isFalse();
        var file = Acting.as(supervisor, Role.SUPERVISOR, () -> investigations.view(crime.id()));
        assertThat(file.reviews()).singleElement().satisfies(r -> {
            assertThat(r.by()).isEqualTo(supervisor);
            assertThat(r.wasDue()).isEqualTo(due);
            assertThat(r.note()).contains("CCTV");
        });
    }

    @Test
    void aVictimUpdateOverdueByTheirChosenFrequencyIsFlaggedAndAContactResetsIt() {
        Crime crime = fixtures.recorded("8N", fixtures.person("Winifred", "Weekly"), Set.of(), "M15 4AB");
        allocated(crime, "VOLUME_CRIME");
        Investigation weekly = Acting.as(officer, Role.INVESTIGATOR, () -> investigations.contactEvery(crime.id(), ContactFrequency.WEEKLY));
        Instant due = crime.recordedAt().plus(Duration.ofDays(7));
        assertThat(weekly.nextVictimUpdateDue()).isEqualTo(due);

        WorkLists.OfficerWork early = Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, due.minus(Duration.ofDays(3))));
        assertThat(early.victimUpdatesDue()).isEmpty();
        WorkLists.OfficerWork late = Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, due.plus(Duration.ofDays(1))));
        assertThat(late.victimUpdatesDue()).singleElement().satisfies(i -> assertThat(late.victimUpdateOverdue(i)).isTrue());

        Investigation monthly = Acting.as(officer, Role.INVESTIGATOR, () -> investigations.contactEvery(crime.id(), ContactFrequency.MONTHLY));
        assertThat(monthly.nextVictimUpdateDue()).as("a monthly victim is not owed one after a week")
                .isEqualTo(crime.recordedAt().plus(Duration.ofDays(28)));
        Acting.as(officer, Role.INVESTIGATOR, () -> investigations.contactEvery(crime.id(), ContactFrequency.WEEKLY));

        Investigation contacted = Acting.as(officer, Role.INVESTIGATOR,
                () -> investigations.recordVictimContact(crime.id(), "Phone", "Told her the suspect has been identified"));
        Instant contactedAt = Acting.as(officer, Role.INVESTIGATOR, () -> investigations.view(crime.id())).contacts().getLast().at();
        assertThat(contacted.nextVictimUpdateDue()).as("a week after the contact").isEqualTo(contactedAt.plus(Duration.ofDays(7)));
        WorkLists.OfficerWork afterContact = Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, due));
        assertThat(afterContact.victimUpdatesDue()).allSatisfy(i -> assertThat(afterContact.victimUpdateOverdue(i)).isFalse());

        Investigation keyPoints = Acting.as(officer, Role.INVESTIGATOR, () -> investigations.contactEvery(crime.id(), ContactFrequency.KEY_POINTS));
        assertThat(keyPoints.nextVictimUpdateDue()).as("key points only: no regular update is owed").isNull();
    }

    @Test
    void tasksDueAndOverdueAreOnTheAssigneesList() {
        Crime crime = fixtures.recorded("58A", fixtures.person("Tess", "Task"), Set.of(), "M15 4AB");
        allocated(crime, "VOLUME_CRIME");
        LocalDate today = LocalDate.now(ForceTime.ZONE);
        var task = Acting.as(officer, Role.INVESTIGATOR,
                () -> investigations.addTask(crime.id(), "House-to-house on Test Street", officer, today.plusDays(2)));

        Instant threeDaysOn = Instant.now().plus(Duration.ofDays(3));
        assertThat(Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, Instant.now())).tasksDue()).isEmpty();
        WorkLists.OfficerWork later = Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, threeDaysOn));
        assertThat(later.tasksDue()).singleElement().satisfies(t -> assertThat(later.taskOverdue(t)).isTrue());

        Acting.as(officer, Role.INVESTIGATOR, () -> investigations.completeTask(task.id()));
        assertThat(Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, threeDaysOn)).tasksDue()).isEmpty();
        assertThatThrownBy(() -> Acting.as(officer, Role.INVESTIGATOR, () -> investigations.addTask(crime.id(), " ", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("description").hasMessageContaining("assignee")
                .hasMessageContaining("dueOn");
    }

    @Test
    void theOutcomeNeedsTheSupervisorOrAFinaliserAndEveryOutcomeIsKept() {
        Crime crime = fixtures.recorded("8N", fixtures.person("Olive", "Outcome"), Set.of(), "M15 4AB");
        allocated(crime, "VOLUME_CRIME");
        LocalDate today = LocalDate.now(ForceTime.ZONE);

        assertThatThrownBy(() -> Acting.as(officer, Role.INVESTIGATOR,
                () -> investigations.setOutcome(crime.id(), "18", today, "No lines of enquiry left")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(supervisor);
        assertThatThrownBy(() -> Acting.as("another-sergeant", Role.SUPERVISOR,
                () -> investigations.setOutcome(crime.id(), "18", today, "No lines of enquiry left")))
                .as("a supervisor, but not this investigation's").isInstanceOf(AccessDeniedException.class);
        assertThat(investigations.outcomes(crime.id())).as("nothing stored when refused").isEmpty();

        assertThatThrownBy(() -> Acting.as(supervisor, Role.SUPERVISOR,
                () -> investigations.setOutcome(crime.id(), "99", today.plusDays(1), "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'99' is not a Home Office outcome type");
        assertThatThrownBy(() -> Acting.as(supervisor, Role.SUPERVISOR,
                () -> investigations.setOutcome(crime.id(), "18", today.plusDays(1), "Too soon")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outcomeDate");

        Acting.as(supervisor, Role.SUPERVISOR, () -> investigations.setOutcome(crime.id(), "18", today, "No suspect identified after CCTV"));
        assertThat(investigations.find(crime.id()).finalised()).isTrue();
        assertThat(Acting.as(officer, Role.INVESTIGATOR, () -> work.officer(officer, Instant.now())).crimes())
                .as("finalised: off the work list").isEmpty();

        Acting.as("duty-inspector", Role.DUTY_INSPECTOR,
                () -> investigations.setOutcome(crime.id(), "1", today, "Suspect identified by a witness and charged"));

        List<InvestigationEntries.Outcome> history = investigations.outcomes(crime.id());
        assertThat(history).extracting(InvestigationEntries.Outcome::version).containsExactly(1, 2);
        assertThat(history).extracting(InvestigationEntries.Outcome::outcomeType).containsExactly("18", "1");
        assertThat(history).extracting(InvestigationEntries.Outcome::by).containsExactly(supervisor, "duty-inspector");
        assertThatThrownBy(() -> jdbc.sql("update investigation_outcome set outcome_type = '8' where crime_id = ?")
                .param(crime.id().value()).update()).as("outcomes are never overwritten").rootCause().hasMessageContaining("refused");
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'crime' and action = 'ALTERATION' "
                        + "and ?::text = any(record_ids) and detail like 'Outcome%'")
                .param(crime.id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void viewingAnInvestigationIsAudited() {
        Crime crime = fixtures.recorded("8N", fixtures.person("Aud", "Ited"), Set.of(), "M15 4AB");
        Acting.as(officer, Role.INVESTIGATOR, () -> investigations.view(crime.id()));
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'crime' and action = 'CONSULTATION' "
                        + "and username = ? and ?::text = any(record_ids)")
                .param(officer).param(crime.id().toString()).query(Long.class).single()).isEqualTo(1);
    }
}

package uk.peel.missingperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.peel.platform.ConflictException;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/** Missing persons through a report's life, with the live list asked about moments the test chooses. */
@PeelIntegrationTest
class MissingPersonIT {

    @Autowired
    MissingPersons missing;
    @Autowired
    UserAccounts accounts;
    @Autowired
    uk.peel.incident.Incidents incidents;
    @LocalServerPort
    int port;

    private MissingPerson report(String name, MissingRisk risk, UUID person, String linkedLocation) {
        return CurrentUser.actingAs("mis-test-officer", () -> missing.report(new NewMissingPerson(name, person,
                "14, slim, grey school hoodie", Instant.now().minus(Duration.ofHours(3)), "Stretford bus station", linkedLocation,
                "Care home manager", risk, "Diabetic without her insulin; has talked of self-harm", "Care home manager",
                Instant.now().minus(Duration.ofMinutes(10)), null)));
    }

    @Test
    void aHighRiskMissingPersonIsOnTheDutyInspectorsLiveListWithItsNextReviewTime() {
        MissingPerson report = report("Chloe Adams", MissingRisk.HIGH, null, null);
        Instant due = report.reportedAt().plus(Duration.ofHours(2));

        assertThat(report.nextReviewDue()).isEqualTo(due);
        assertThat(missing.live(report.reportedAt())).filteredOn(e -> e.report().id().equals(report.id())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.report().risk()).isEqualTo(MissingRisk.HIGH);
                    assertThat(entry.reviewOverdue()).isFalse();
                });
        assertThat(missing.live(report.reportedAt()).getFirst().report().risk()).as("highest risk first").isEqualTo(MissingRisk.HIGH);
        assertThat(missing.live(due.plusSeconds(1))).filteredOn(e -> e.report().id().equals(report.id())).singleElement()
                .satisfies(entry -> assertThat(entry.reviewOverdue()).isTrue());
        assertThat(report.gradings()).singleElement().satisfies(grading -> {
            assertThat(grading.informationUsed()).contains("insulin");
            assertThat(grading.suppliedBy()).isEqualTo("Care home manager");
            assertThat(grading.suppliedAt()).isBefore(grading.gradedAt());
        });

        String inspector = TestUsers.withRole(accounts, Role.DUTY_INSPECTOR);
        String page = Api.as(port, inspector, TestUsers.PASSWORD).get().uri("/missing-persons").retrieve().body(String.class);
        assertThat(page).contains(report.reference()).contains("Chloe Adams");
        String reportPage = Api.as(port, inspector, TestUsers.PASSWORD).get().uri("/missing-persons/{id}", report.id()).retrieve().body(String.class);
        assertThat(reportPage).contains("Diabetic without her insulin").contains("Record the review").contains("Record as found");
    }

    @Test
    void reviewsFollowTheScheduleOfTheCurrentGrade() {
        MissingPerson report = report("Dan Price", MissingRisk.MEDIUM, null, null);
        assertThat(report.nextReviewDue()).isEqualTo(report.reportedAt().plus(Duration.ofHours(6)));

        MissingPerson regraded = CurrentUser.actingAs("mis-test-inspector", () -> missing.regrade(report.id(), MissingRisk.HIGH,
                "Sent a goodbye text to his sister", "His sister", null));
        assertThat(regraded.nextReviewDue()).isEqualTo(regraded.gradings().getLast().gradedAt().plus(Duration.ofHours(2)));
        assertThat(regraded.gradings()).hasSize(2);

        MissingPerson reviewed = CurrentUser.actingAs("mis-test-inspector", () -> missing.review(report.id(), "Cell-site enquiry requested"));
        assertThat(reviewed.reviews()).singleElement().satisfies(r -> assertThat(r.late()).isFalse());
        assertThat(reviewed.nextReviewDue()).isEqualTo(reviewed.reviews().getLast().at().plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> CurrentUser.actingAs("mis-test-inspector", () -> missing.regrade(report.id(), MissingRisk.LOW, " ", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("informationUsed", "suppliedBy"));
    }

    @Test
    void whenFoundAReturnHomeInterviewTaskIsCreatedAndTheInterviewClosesTheReport() {
        MissingPerson report = report("Ella Stone", MissingRisk.LOW, null, null);
        CurrentUser.actingAs("mis-test-officer", () -> missing.sighting(report.id(), null, "Old Trafford tram stop", "Tram driver", "With two older boys"));

        MissingPerson found = CurrentUser.actingAs("mis-test-officer", () -> missing.found(report.id(), null, "Friend's flat, Sale", "Well, tired"));

        assertThat(found.status()).isEqualTo(MissingStatus.FOUND);
        assertThat(found.nextReviewDue()).isNull();
        assertThat(found.interviewDueAt()).isEqualTo(found.found().at().plus(Duration.ofHours(72)));
        assertThat(missing.live(Instant.now())).noneSatisfy(e -> assertThat(e.report().id()).isEqualTo(report.id()));
        assertThat(missing.awaitingInterview(Instant.now())).anySatisfy(e -> assertThat(e.report().id()).isEqualTo(report.id()));
        assertThat(missing.awaitingInterview(found.interviewDueAt().plusSeconds(1)))
                .filteredOn(e -> e.report().id().equals(report.id())).singleElement()
                .satisfies(e -> assertThat(e.interviewOverdue()).isTrue());
        assertThat(missing.log(report.id())).anySatisfy(line -> assertThat(line.text()).contains("return-home interview due by"));

        MissingPerson closed = CurrentUser.actingAs("mis-test-pp", () -> missing.interviewed(report.id(), false, "Went to avoid a row at the home"));
        assertThat(closed.status()).isEqualTo(MissingStatus.CLOSED);
        assertThat(missing.awaitingInterview(Instant.now())).noneSatisfy(e -> assertThat(e.report().id()).isEqualTo(report.id()));
        assertThatThrownBy(() -> CurrentUser.actingAs("mis-test-officer", () -> missing.found(report.id(), null, "again", null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void repeatMissingAndLinkedLocationAreFlaggedFromEarlierReports() {
        UUID person = UUID.randomUUID();
        String home = "Willow House care home " + UUID.randomUUID();
        report("Finn Hale", MissingRisk.MEDIUM, person, home);
        report("Gus Ray", MissingRisk.LOW, null, home);
        MissingPerson third = report("Finn Hale", MissingRisk.MEDIUM, person, home.toUpperCase());

        MissingPersonFlags flags = missing.flags(third);

        assertThat(flags.repeatMissing()).isTrue();
        assertThat(flags.earlierReports()).isEqualTo(1);
        assertThat(flags.linkedLocationReports()).isEqualTo(2);
    }

    @Test
    void aMissingPersonFlagAtCallTakingOpensAProvisionallyGradedReportOncePerIncident() throws InterruptedException {
        uk.peel.incident.Incident incident = CurrentUser.actingAs("mis-test-handler", () -> incidents.open(new uk.peel.incident.CallReport(
                null, new uk.peel.incident.Caller("Mary Quinn", null, "mother"), null, "PS_CONCERN_FOR_SAFETY", "1", null,
                java.util.Set.of(uk.peel.incident.SafeguardingFlag.MISSING_PERSON), "Her son, 9, has not come home from school", null)));

        MissingPerson report = null;
        for (int i = 0; i < 200 && report == null; i++) {
            report = missing.live(Instant.now()).stream().map(MissingPersons.LiveEntry::report)
                    .filter(r -> incident.id().value().equals(r.incidentId())).findFirst().orElse(null);
            Thread.sleep(50);
        }

        assertThat(report).isNotNull();
        assertThat(report.risk()).isEqualTo(MissingRisk.HIGH);
        assertThat(report.reportedBy()).isEqualTo("Mary Quinn");
        assertThat(report.gradings().getFirst().informationUsed()).contains(incident.reference()).contains("has not come home");
        assertThat(report.nextReviewDue()).isEqualTo(report.reportedAt().plus(Duration.ofHours(2)));
        assertThat(CurrentUser.actingAs("mis-test", () -> missing.reportFromIncident(incident.id(), incident.createdAt()))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiReportsAndListsAndAResponseOfficerCannotGrade() {
        String officer = TestUsers.withRole(accounts, Role.RESPONSE_OFFICER);
        var created = Api.as(port, officer, TestUsers.PASSWORD).post().uri("/api/v1/missing-persons")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(Map.of("name", "Hana Lee", "lastSeenAt",
                        Instant.now().minusSeconds(3600).toString(), "lastSeenWhere", "Home", "reportedBy", "Her mother", "risk", "HIGH",
                        "informationUsed", "Age 12, never missing before", "suppliedBy", "Her mother"))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String id = (String) created.getBody().get("id");

        var regrade = Api.as(port, officer, TestUsers.PASSWORD).post().uri("/api/v1/missing-persons/{id}/risk", id)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("risk", "LOW", "informationUsed", "x", "suppliedBy", "y")).retrieve().toBodilessEntity();
        assertThat(regrade.getStatusCode().value()).isEqualTo(403);
        java.util.List<Map<String, Object>> live = Api.as(port, TestUsers.withRole(accounts, Role.DUTY_INSPECTOR), TestUsers.PASSWORD)
                .get().uri("/api/v1/missing-persons").retrieve().body(java.util.List.class);
        assertThat(live).anySatisfy(entry -> assertThat((Map<String, Object>) entry.get("report")).containsEntry("id", id));
    }
}

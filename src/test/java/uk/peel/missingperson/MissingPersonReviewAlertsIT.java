package uk.peel.missingperson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.peel.platform.access.CurrentUser;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * A review not done by its scheduled time raises an alert to the duty inspector, once, and escalates if it is still
 * not done later; the review ends them. The sweep is given the time to judge by, so the test moves the clock.
 */
@PeelIntegrationTest
class MissingPersonReviewAlertsIT {

    @Autowired
    MissingPersons missing;
    @Autowired
    MissingPersonSweep sweep;
    @Autowired
    UserAccounts accounts;
    @LocalServerPort
    int port;

    @Test
    void anOverdueReviewIsAlertedToTheDutyInspectorOnceThenEscalatedAndTheReviewEndsBoth() {
        MissingPerson report = CurrentUser.actingAs("mis-alert-officer", () -> missing.report(new NewMissingPerson("Ellie Review", null,
                "15, long dark hair", Instant.now().minus(Duration.ofHours(1)), "Sale Water Park", null, "Mother", MissingRisk.HIGH,
                "Took her mother's medication with her", "Mother", null, null)));
        Instant due = report.nextReviewDue();
        assertThat(due).isEqualTo(report.reportedAt().plus(Duration.ofHours(2)));

        assertThat(about(report, sweep.sweep(due.minusSeconds(60)))).as("not yet due").isEmpty();
        List<ReviewAlert> first = about(report, sweep.sweep(due.plusSeconds(60)));
        assertThat(first).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(1);
            assertThat(alert.role()).isEqualTo(Role.DUTY_INSPECTOR);
            assertThat(alert.message()).contains(report.reference()).contains("high risk").doesNotContain("Ellie");
        });
        assertThat(about(report, sweep.sweep(due.plusSeconds(120)))).as("a repeated sweep raises nothing new").isEmpty();
        assertThat(missing.live(due.plusSeconds(120))).filteredOn(e -> e.report().id().equals(report.id())).singleElement()
                .satisfies(e -> assertThat(e.escalated()).isFalse());

        List<ReviewAlert> escalated = about(report, sweep.sweep(due.plus(Duration.ofMinutes(31))));
        assertThat(escalated).as("still overdue a quarter of the two-hour interval later").singleElement()
                .satisfies(alert -> assertThat(alert.level()).isEqualTo(2));
        assertThat(about(report, sweep.sweep(due.plus(Duration.ofHours(3))))).isEmpty();
        assertThat(missing.live(due.plus(Duration.ofMinutes(40)))).filteredOn(e -> e.report().id().equals(report.id())).singleElement()
                .satisfies(e -> assertThat(e.escalated()).isTrue());
        assertThat(missing.openReviewAlerts(EnumSet.of(Role.DUTY_INSPECTOR))).filteredOn(a -> a.missingPersonId().equals(report.id()))
                .extracting(ReviewAlert::level).containsExactly(2, 1);
        assertThat(missing.log(report.id())).extracting(LogLine::text).anySatisfy(text -> assertThat(text).startsWith("Review overdue: alerted to Duty inspector"));

        String inspector = TestUsers.withRole(accounts, Role.DUTY_INSPECTOR);
        String live = Api.as(port, inspector, TestUsers.PASSWORD).get().uri("/missing-persons").retrieve().body(String.class);
        assertThat(live).contains("id=\"review-alerts\"").contains("Review still overdue: escalated");
        String dashboard = Api.as(port, inspector, TestUsers.PASSWORD).get().uri("/safeguarding").retrieve().body(String.class);
        assertThat(dashboard).contains("id=\"missing-review-alerts\"").contains(report.reference());

        CurrentUser.actingAs("mis-alert-pp", () -> missing.review(report.id(), "Cell-site enquiry requested; family liaison visited"));

        assertThat(missing.openReviewAlerts(EnumSet.allOf(Role.class))).noneMatch(a -> a.missingPersonId().equals(report.id()));
        assertThat(missing.reviewAlerts(report.id())).hasSize(2).allSatisfy(a -> assertThat(a.acknowledgedBy()).isEqualTo("reviewed"));
    }

    @Test
    void theInspectorAcknowledgesAnAlertAndAFoundPersonIsNotAlerted() {
        MissingPerson report = CurrentUser.actingAs("mis-alert-officer", () -> missing.report(new NewMissingPerson("Sam Acknowledged", null,
                "40, beard", Instant.now().minus(Duration.ofHours(1)), "Altrincham", null, "Partner", MissingRisk.LOW,
                "Has done this before and returned", "Partner", null, null)));
        Instant due = report.nextReviewDue();
        ReviewAlert alert = about(report, sweep.sweep(due.plusSeconds(1))).getFirst();

        CurrentUser.actingAs("mis-alert-inspector", () -> {
            missing.acknowledgeReviewAlert(report.id(), alert.reviewDueAt(), alert.level());
            return null;
        });

        assertThat(missing.openReviewAlerts(EnumSet.allOf(Role.class))).noneMatch(a -> a.missingPersonId().equals(report.id()));
        assertThat(missing.reviewAlerts(report.id())).singleElement().satisfies(a -> assertThat(a.acknowledgedBy()).isEqualTo("mis-alert-inspector"));

        CurrentUser.actingAs("mis-alert-officer", () -> missing.found(report.id(), null, "At his brother's", "Well"));
        assertThat(about(report, sweep.sweep(due.plus(Duration.ofDays(2))))).as("found: no review is due").isEmpty();
    }

    private static List<ReviewAlert> about(MissingPerson report, List<ReviewAlert> alerts) {
        return alerts.stream().filter(a -> a.missingPersonId().equals(report.id())).toList();
    }
}

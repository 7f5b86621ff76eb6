package uk.peel.controlroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.Incidents;
import uk.peel.platform.access.CurrentUser;
import uk.peel.support.PeelIntegrationTest;

@PeelIntegrationTest
class ControlRoomDashboardIT {

    @Autowired
    ControlRoomDashboard dashboard;
    @Autowired
    Incidents incidents;

    @Test
    void countsTheIncidentsCreatedAndTheirAnswerToCreateTimeByGrade() {
        ControlRoomDashboard.Figures before = dashboard.figures();
        Incident incident = CurrentUser.actingAs("dashboard-test", () -> incidents.open(new CallReport(
                Instant.now().minusSeconds(90), null, null, "PS_SUSPICIOUS", "2", null, Set.of(), null, null)));

        ControlRoomDashboard.Figures after = dashboard.figures();

        assertThat(after.lastHour().created()).isEqualTo(before.lastHour().created() + 1);
        assertThat(after.shift().created()).isEqualTo(before.shift().created() + 1);
        assertThat(after.lastHour().grades()).filteredOn(g -> g.grade().equals("2")).singleElement()
                .satisfies(g -> assertThat(g.created()).isGreaterThanOrEqualTo(1));
        assertThat(after.lastHour().callToCreate().p90()).isNotNull();
        assertThat(incident.callToCreate().toSeconds()).isBetween(89L, 120L);
    }

    @Test
    void theShiftStartsAtTheLastShiftChangeInForceTime() {
        // 06:30 UK time in winter belongs to the night shift that began at 23:00 the evening before.
        assertThat(dashboard.shiftStart(Instant.parse("2026-11-24T06:30:00Z"))).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        // 15:10 BST (UTC+1) is in the late shift that began at 15:00 BST.
        assertThat(dashboard.shiftStart(Instant.parse("2026-07-01T14:10:00Z"))).isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
    }
}

package uk.peel.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.platform.access.CurrentUser;
import uk.peel.security.Role;
import uk.peel.support.PeelIntegrationTest;

/**
 * The grade clocks with a chosen time: the escalation sweep is asked what is due at moments the test picks, as
 * the scheduled sweep asks with the real clock.
 */
@PeelIntegrationTest
class GradeClockIT {

    @Autowired
    Incidents incidents;
    @Autowired
    EscalationSweep sweep;

    private Incident open(String grade) {
        return CurrentUser.actingAs("clock-test-handler", () -> incidents.open(new CallReport(null, null, null,
                "PS_CONCERN_FOR_SAFETY", grade, null, Set.of(), "clock test", null)));
    }

    private List<IncidentAlert> dueAt(Incident incident, Instant at) {
        return sweep.sweep(at).stream().filter(alert -> alert.incidentId().equals(incident.id())).toList();
    }

    @Test
    void aGradeOneWithNoUnitIsEscalatedToTheDutyInspectorAtOnce() {
        Incident incident = open("1");

        assertThat(incidents.alerts(incident.id())).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(IncidentAlert.Kind.UNASSIGNED);
            assertThat(alert.role()).isEqualTo(Role.DUTY_INSPECTOR);
            assertThat(alert.raisedAt()).isEqualTo(incident.createdAt());
        });
        assertThat(incidents.openAlerts(Set.of(Role.DUTY_INSPECTOR))).anySatisfy(a -> assertThat(a.incidentId()).isEqualTo(incident.id()));
        assertThat(incidents.openAlerts(Set.of(Role.SUPERVISOR))).noneSatisfy(a -> assertThat(a.incidentId()).isEqualTo(incident.id()));
    }

    @Test
    void aGradeTwoStillUnassignedIsEscalatedToASergeantAtFortyMinutesAndNotBefore() {
        Incident incident = open("2");
        Instant created = incident.createdAt();

        assertThat(incidents.alerts(incident.id())).isEmpty();
        assertThat(dueAt(incident, created.plus(Duration.ofMinutes(39)).plusSeconds(59))).isEmpty();

        List<IncidentAlert> raised = dueAt(incident, created.plus(Duration.ofMinutes(40)));
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(IncidentAlert.Kind.UNASSIGNED);
            assertThat(alert.role()).isEqualTo(Role.SUPERVISOR);
            assertThat(alert.message()).contains(incident.reference()).contains("40 min");
        });
        assertThat(dueAt(incident, created.plus(Duration.ofMinutes(41)))).as("raised once, not on every sweep").isEmpty();

        List<IncidentAlert> breach = dueAt(incident, created.plus(Duration.ofMinutes(61)));
        assertThat(breach).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(IncidentAlert.Kind.ATTENDANCE_BREACH);
            assertThat(alert.role()).isEqualTo(Role.SUPERVISOR);
        });
        assertThat(incidents.log(incident.id())).extracting(IncidentLogEntry::kind)
                .containsSubsequence(IncidentLogEntry.Kind.ALERT, IncidentLogEntry.Kind.ALERT);
    }

    @Test
    void aGradeTwoWithAUnitAssignedInTimeIsNotEscalatedForWaiting() {
        Incident incident = open("2");
        CurrentUser.actingAs("clock-test-dispatcher", () -> incidents.unitAssigned(incident.id(), "CLOCK1", null));

        assertThat(dueAt(incident, incident.createdAt().plus(Duration.ofMinutes(45)))).isEmpty();
    }

    @Test
    void appointmentsHaveNoClockToBreach() {
        Incident incident = open("3");

        assertThat(dueAt(incident, incident.createdAt().plus(Duration.ofDays(2)))).isEmpty();
    }
}

package uk.peel.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every open incident's grade clock every few seconds and raises the escalations that have fallen due.
 * An incident's first escalation (a Grade 1 with no unit) is raised when it is created; this sweep catches the
 * ones that fall due later (a Grade 2 at 40 minutes, a missed attendance target). The clocks are read from one query
 * of the open incidents and one of the alerts they already have; only an incident with an escalation due and not yet
 * raised is read again and escalated, each in its own transaction, so one failure cannot stop the others. (Reading
 * and escalating every open incident every five seconds was a transaction per open incident per sweep, competing
 * with call taking for the database.)
 */
@Component
public class EscalationSweep {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

    private final Incidents incidents;
    private final IncidentAlerts alerts;
    private final Clock clock;

    EscalationSweep(Incidents incidents, IncidentAlerts alerts, Clock clock) {
        this.incidents = incidents;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${peel.grading.sweep-every:5s}", initialDelayString = "${peel.grading.sweep-every:5s}")
    void scheduled() {
        sweep(clock.instant());
    }

    /** Raises every escalation due at {@code now}; answers those raised. */
    public List<IncidentAlert> sweep(Instant now) {
        List<Incident> open = incidents.open();
        Map<IncidentId, Set<IncidentAlert.Kind>> raisedAlready = alerts.raisedFor(open.stream().map(Incident::id).toList());
        List<IncidentAlert> raised = new ArrayList<>();
        for (Incident incident : open) {
            Set<IncidentAlert.Kind> due = incidents.dueAt(incident, now);
            if (raisedAlready.getOrDefault(incident.id(), Set.of()).containsAll(due)) {
                continue;
            }
            try {
                raised.addAll(incidents.escalateIfDue(incident.id(), now));
            } catch (RuntimeException e) {
                log.error("Could not check the grade clock of {}", incident.reference(), e);
            }
        }
        return raised;
    }
}

package uk.peel.missingperson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds the missing people whose review is overdue and alerts the duty inspector, then escalates the ones still
 * overdue later. Only overdue reports not yet escalated are read; each is handled in its own transaction, so one
 * failure cannot stop the others.
 */
@Component
public class MissingPersonSweep {

    private static final Logger log = LoggerFactory.getLogger(MissingPersonSweep.class);

    private final ReviewAlerts alerts;
    private final MissingPersons missingPersons;
    private final Clock clock;

    MissingPersonSweep(ReviewAlerts alerts, MissingPersons missingPersons, Clock clock) {
        this.alerts = alerts;
        this.missingPersons = missingPersons;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${peel.missing-persons.sweep-every:30s}", initialDelayString = "${peel.missing-persons.sweep-every:30s}")
    void scheduled() {
        sweep(clock.instant());
    }

    /** Alerts and escalates everything overdue at {@code now}; answers the alerts raised. */
    public List<ReviewAlert> sweep(Instant now) {
        List<ReviewAlert> raised = new ArrayList<>();
        for (MissingPersonId id : alerts.dueForAlert(now)) {
            try {
                raised.addAll(missingPersons.alertIfReviewOverdue(id, now));
            } catch (RuntimeException e) {
                log.error("Could not check the review of missing person report {}", id, e);
            }
        }
        return raised;
    }
}

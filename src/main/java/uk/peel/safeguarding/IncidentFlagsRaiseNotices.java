package uk.peel.safeguarding;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.incident.IncidentOpened;
import uk.peel.incident.SafeguardingFlag;

/**
 * Raises a notice for each safeguarding flag a call handler recorded. The event is stored with the incident's
 * transaction (Spring Modulith's publication log) and marked complete only when this listener's transaction has
 * committed; if Peel stops in between it is resubmitted on restart, and raising is idempotent per incident and type,
 * so the notice is raised exactly once.
 */
@Component
class IncidentFlagsRaiseNotices {

    private final Ppns ppns;
    private final SafeguardingPolicy policy;

    IncidentFlagsRaiseNotices(Ppns ppns, SafeguardingPolicy policy) {
        this.ppns = ppns;
        this.policy = policy;
    }

    @ApplicationModuleListener
    void on(IncidentOpened event) {
        for (SafeguardingFlag flag : event.safeguarding()) {
            policy.raisedBy(flag).ifPresent(type -> ppns.raiseFromIncident(event.incidentId(), type, event.at()));
        }
    }
}

package uk.peel.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds the notices whose risk assessment or triage has passed its service level and escalates each, once. Only
 * notices overdue and not yet escalated are read, so the sweep costs little however long the queues are. Each
 * notice is escalated in its own transaction, so one failure cannot stop the others.
 */
@Component
public class SafeguardingSweep {

    private static final Logger log = LoggerFactory.getLogger(SafeguardingSweep.class);

    private final PpnStore store;
    private final Ppns ppns;
    private final Clock clock;

    SafeguardingSweep(PpnStore store, Ppns ppns, Clock clock) {
        this.store = store;
        this.ppns = ppns;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${peel.safeguarding.sweep-every:30s}", initialDelayString = "${peel.safeguarding.sweep-every:30s}")
    void scheduled() {
        sweep(clock.instant());
    }

    /** Escalates everything overdue at {@code now}; answers the escalations raised. */
    public List<PpnAlert> sweep(Instant now) {
        List<PpnAlert> raised = new ArrayList<>();
        for (Ppn ppn : store.overdueNotEscalated(now)) {
            try {
                raised.addAll(ppns.escalateIfDue(ppn.id(), now));
            } catch (RuntimeException e) {
                log.error("Could not check the service levels of {}", ppn.reference(), e);
            }
        }
        return raised;
    }
}

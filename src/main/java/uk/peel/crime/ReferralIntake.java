package uk.peel.crime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.peel.incident.CrimeRecordingReferral;
import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.incident.IncidentClosed;

/**
 * Takes crime-related incident closures into crime recording, two ways that each suffice alone. The listener opens
 * the decision moments after the closing transaction commits (its publication is in the event log, so a crash
 * replays it on restart). The sweep takes every referral still pending — written by the closing transaction
 * itself — at start and every minute, so a referral whose event was lost, or that was closed while crime recording
 * was failing, still gets its decision with its clock running from the closure. Opening is idempotent: the
 * decision is keyed by the incident.
 */
@Component
public class ReferralIntake {

    private static final Logger log = LoggerFactory.getLogger(ReferralIntake.class);

    private final CrimeRecordingDecisions decisions;
    private final CrimeRecordingReferrals referrals;
    private final boolean sweepAtStart;
    private final boolean listen;

    /**
     * @param listen false only in fault drills: closures are then left to the sweep alone, as if every event after
     *        the closing transaction were lost
     */
    ReferralIntake(CrimeRecordingDecisions decisions, CrimeRecordingReferrals referrals,
                   @Value("${peel.crime.sweep-at-start:true}") boolean sweepAtStart,
                   @Value("${peel.crime.listen-for-closures:true}") boolean listen) {
        this.decisions = decisions;
        this.referrals = referrals;
        this.sweepAtStart = sweepAtStart;
        this.listen = listen;
    }

    @ApplicationModuleListener
    void on(IncidentClosed closed) {
        if (closed.crimeRelated() && listen) {
            decisions.openForIncident(closed.incidentId());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        // Off for `peel crime reconcile`, which must see the records as they are, not as a sweep would leave them.
        if (sweepAtStart) {
            sweep();
        }
    }

    @Scheduled(fixedDelayString = "${peel.crime.referral-sweep-every:1m}", initialDelayString = "${peel.crime.referral-sweep-every:1m}")
    void scheduled() {
        sweep();
    }

    /** Opens a decision for every referral not yet taken; answers how many it took. One failure stops no other. */
    public int sweep() {
        int taken = 0;
        for (CrimeRecordingReferral referral : referrals.pending()) {
            try {
                if (decisions.openForIncident(referral.incidentId()).isPresent()) {
                    taken++;
                }
            } catch (RuntimeException e) {
                log.error("Could not open the crime recording decision for incident {}", referral.reference(), e);
            }
        }
        if (taken > 0) {
            log.info("Took {} crime recording referrals that were still pending", taken);
        }
        return taken;
    }
}

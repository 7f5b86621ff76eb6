package uk.peel.crime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the crime recording reconciliation on a schedule (hourly by default) and logs what it found. */
@Component
class ReconciliationSweep {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSweep.class);

    private final CrimeReconciliation reconciliation;

    ReconciliationSweep(CrimeReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelayString = "${peel.crime.reconcile-every:1h}", initialDelayString = "${peel.crime.reconcile-first-after:10m}")
    void scheduled() {
        try {
            ReconciliationReport report = reconciliation.reconcile();
            if (report.unexplained() > 0) {
                log.warn("Crime recording reconciliation found {} unexplained exceptions: {}", report.unexplained(), report.summary());
            } else {
                log.info(report.summary());
            }
        } catch (RuntimeException e) {
            log.error("The crime recording reconciliation could not run", e);
        }
    }
}

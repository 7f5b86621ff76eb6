package uk.peel.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.crime.CrimeId;
import uk.peel.crime.Crimes;
import uk.peel.platform.access.CurrentUser;

/**
 * Gives every recorded, not cancelled crime that has no investigation its investigation, in the queue the force's
 * rules give it. Crimes recorded before the investigation module (migration V22) otherwise got one only when
 * someone first opened them, so they were missing from every team queue and "my work" list: nobody was told they
 * were waiting.
 *
 * <p>An application job rather than a migration (V34) on purpose: the queue a crime goes to comes from the force's
 * configured rules ({@code peel.investigation}), its category from the notifiable offence list and its review
 * interval from the policy, all of which live in {@link Investigations#open} and none in SQL. A migration would
 * have had to copy those rules as they are today and silently disagree with them tomorrow. The job is idempotent
 * (an investigation is only ever inserted if absent), so it runs at every start, behind the server, at little cost
 * once there is nothing left to do; each batch and its audit entry commit together, as the system.
 */
@Component
class InvestigationBackfill {

    private static final Logger log = LoggerFactory.getLogger(InvestigationBackfill.class);
    static final int BATCH = 500;

    private final Crimes crimes;
    private final Investigations investigations;
    private final InvestigationStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final boolean atStart;

    InvestigationBackfill(Crimes crimes, Investigations investigations, InvestigationStore store, AuditLog audit,
                          PlatformTransactionManager transactions, @Value("${peel.investigation.backfill-at-start:true}") boolean atStart) {
        this.crimes = crimes;
        this.investigations = investigations;
        this.store = store;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.atStart = atStart;
    }

    /** In the background: until it is done, a crime still gets its investigation when first opened, as before. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        // Off for offline commands, which report the records as they are.
        if (atStart) {
            try {
                backfill();
            } catch (RuntimeException e) {
                log.error("Could not open the investigations of crimes recorded without one; they open when first used", e);
            }
        }
    }

    /** Opens the missing investigations; answers how many it opened. Running it again opens none twice. */
    int backfill() {
        return CurrentUser.actingAs(CurrentUser.SYSTEM, () -> {
            int opened = 0;
            CrimeId after = null;
            List<CrimeId> page;
            do {
                page = crimes.recordedIds(after, BATCH);
                if (!page.isEmpty()) {
                    opened += openMissing(page);
                    after = page.getLast();
                }
            } while (page.size() == BATCH);
            if (opened > 0) {
                log.info("Opened {} investigations for crimes recorded without one", opened);
            }
            return opened;
        });
    }

    private int openMissing(List<CrimeId> page) {
        return transaction.execute(status -> {
            Set<CrimeId> investigated = store.investigated(page);
            List<CrimeId> missing = new ArrayList<>(page.stream().filter(id -> !investigated.contains(id)).toList());
            if (missing.isEmpty()) {
                return 0;
            }
            missing.forEach(investigations::open);
            audit.record(AuditAction.ALTERATION, Investigations.RECORD_TYPE, missing,
                    "opened the investigations of " + missing.size() + " crimes recorded without one (backfill by the system)");
            return missing.size();
        });
    }
}

package uk.peel.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed changes' entries into the s.62 log (decision 0016). A change writes its entry unsealed, in its own
 * transaction and without any lock ({@link AuditLog#record}); this one thread then takes every unsealed entry that
 * has committed, in the order they were numbered, gives each its place and hash in the chain of
 * {@link AuditLedger#IN_TRANSACTION}, and removes it from the unsealed table, all in one transaction under the
 * chain's lock. So the lock is held by one writer, never by a request, and a slow commit delays only the sealing,
 * not the next change.
 *
 * <p>Nothing is lost if sealing fails or Peel stops: the entries are committed with their changes and stay unsealed
 * until a sealer (this instance's after a restart, or any other instance's) seals them. Several Peel instances may
 * each run a sealer; the chain's lock makes them take turns.
 */
final class AuditSealer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    /** How often to look even when not woken: picks up entries of other instances and of a previous run. */
    private static final Duration IDLE_LOOK = Duration.ofMillis(500);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(2);
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate ownTransaction;
    private final Semaphore wake = new Semaphore(0);
    private final Object sealing = new Object();
    private final Thread thread;
    private volatile boolean closed;

    AuditSealer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.ownTransaction = ownTransaction;
        this.thread = Thread.ofPlatform().name("audit-sealer").daemon().start(this::run);
    }

    /** Asks for a round of sealing soon: called once a transaction with entries has committed. */
    void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Seals every entry committed so far, on the caller's thread, and answers how many it sealed. For the offline
     * checks and tests that read the chain itself rather than the {@code audit_log} view.
     */
    long sealCommitted() {
        long sealed = 0;
        int round;
        do {
            round = sealOneBatch();
            sealed += round;
        } while (round == BATCH);
        return sealed;
    }

    private void run() {
        while (!closed) {
            try {
                wake.tryAcquire(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                sealCommitted();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The entries are safe where they are; the next round tries again.
                log.error("Sealing the audit log's unsealed entries failed; they stay unsealed and will be tried again", e);
                sleepQuietly(AFTER_FAILURE);
            }
        }
    }

    private int sealOneBatch() {
        synchronized (sealing) { // one round at a time in this instance; the advisory lock orders instances
            Integer sealed = ownTransaction.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", AuditLedger.IN_TRANSACTION.lock()).query().singleRow();
                List<AuditEntry> unsealed = jdbc.sql("""
                                select *, null::text as previous_hash, null::text as hash
                                  from audit_unsealed_entry order by seq limit :batch""")
                        .param("batch", BATCH).query(AuditRows::map).list();
                if (unsealed.isEmpty()) {
                    return 0;
                }
                chain(unsealed);
                jdbc.sql("delete from audit_unsealed_entry where seq = any(:seqs)")
                        .param("seqs", unsealed.stream().map(AuditEntry::seq).toArray(Long[]::new)).update();
                return unsealed.size();
            });
            return sealed == null ? 0 : sealed;
        }
    }

    /**
     * Gives each entry its place and hash after the chain's last entry and inserts it. An entry keeps the number it
     * was given unsealed when that is still after the chain's last; one whose change committed after a later-numbered
     * change had been sealed is numbered afresh, so the chain's order stays the order of its numbers (what the
     * verifier and the previous release rely on) and is the order in which the changes committed.
     */
    private void chain(List<AuditEntry> unsealed) {
        record Last(long seq, String hash) {
        }
        Last last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, row) -> new Last(rs.getLong("seq"), rs.getString("hash"))).optional()
                .orElse(new Last(0, AuditChain.GENESIS));
        long lastSeq = last.seq();
        String previous = last.hash();
        List<AuditEntry> chained = new ArrayList<>(unsealed.size());
        for (AuditEntry u : unsealed) {
            long seq = u.seq() > lastSeq ? u.seq()
                    : jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single();
            String hash = AuditChain.hash(seq, u.occurredAt(), u.username(), u.action(), u.recordType(), u.recordIds(),
                    u.justification(), u.recipient(), u.detail(), u.requestId(), previous);
            chained.add(new AuditEntry(seq, u.occurredAt(), u.username(), u.action(), u.recordType(), u.recordIds(),
                    u.justification(), u.recipient(), u.detail(), u.requestId(), previous, hash));
            previous = hash;
            lastSeq = seq;
        }
        AuditRows.insert(jdbcTemplate, AuditLedger.IN_TRANSACTION, chained, unsealed.stream().map(AuditEntry::seq).toList());
    }

    /** Stops the thread and seals what has committed, so a clean stop leaves nothing for the next start. */
    @Override
    public void close() {
        closed = true;
        wake.release();
        try {
            thread.join(Duration.ofSeconds(10));
            sealCommitted();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not seal the audit log's last entries at shutdown; the next start seals them", e);
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

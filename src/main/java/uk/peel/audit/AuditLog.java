package uk.peel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.peel.platform.web.RequestIdFilter;
import uk.peel.platform.access.CurrentUser;

/**
 * Writes the s.62 log, in one of two ways.
 *
 * <p>{@link #record}/{@link #recordAll}: inside the transaction that touches the personal data, so the entry commits
 * or rolls back with the change it describes: never a change without its entry, nor an entry for a change that did
 * not happen. The entries are held with the transaction and written just before it commits, unsealed and without
 * any lock; once it has committed, the {@link AuditSealer} chains them (decision 0016). Chaining them in the
 * transaction itself meant holding the chain's lock until the commit reached the disk, and the control-room
 * benchmark found incident creation queueing for hundreds of milliseconds behind other changes' slow commits.
 *
 * <p>{@link #recordDurably}: for a consultation or disclosure that changes nothing (a search's results, a file published), called outside any
 * transaction; it returns once the entry has committed, and throws if it could not be written, so the caller shows
 * nothing unaudited. Such entries are group-committed by one {@link AuditAppender} (decision 0009): concurrent
 * searches share a commit instead of each holding a chain's lock across its own. They go to a chain of their own
 * ({@link AuditLedger#READS}, decision 0012).
 */
@Service
public class AuditLog {

    /** The HTTP header (or form field {@code justification}) in which a user states why they are accessing data. */
    public static final String JUSTIFICATION_HEADER = "X-Justification";
    private static final int MAX_JUSTIFICATION = 500;
    private static final int MAX_BATCH = 256;
    private static final int MAX_WAITING = 10_000;
    /** Far longer than a commit takes; reached only when the database is unreachable or stuck. */
    private static final Duration DURABLE_TIMEOUT = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final AuditAppender appender;
    private final AuditSealer sealer;

    AuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.appender = new AuditAppender(this::appendInOwnTransaction, MAX_BATCH, MAX_WAITING);
        this.sealer = new AuditSealer(jdbc, jdbcTemplate, ownTransaction);
    }

    /** What one entry records: the processing, and the records it concerned. */
    public record Access(AuditAction action, String recordType, List<String> recordIds, String detail, String recipient) {
        public Access {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(recordType, "recordType");
            recordIds = List.copyOf(recordIds);
        }

        public static Access of(AuditAction action, String recordType, Collection<?> ids, String detail) {
            return new Access(action, recordType, ids.stream().map(String::valueOf).toList(), detail, null);
        }

        public static Access disclosure(String recordType, Collection<?> ids, String recipient, String detail) {
            return new Access(AuditAction.DISCLOSURE, recordType, ids.stream().map(String::valueOf).toList(), detail,
                    Objects.requireNonNull(recipient, "a disclosure must name its recipient"));
        }
    }

    /**
     * An access with who made it, in which request and why: taken on the caller's thread, because the request and
     * the signed-in user are not visible from the thread that group-commits.
     */
    record Attributed(Access access, String username, String justification, String requestId) {
        static Attributed byCurrentUser(Access access) {
            return new Attributed(access, CurrentUser.username(), AuditLog.justification(), RequestIdFilter.current());
        }
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String recordType, Collection<?> recordIds, String detail) {
        recordAll(List.of(Access.of(action, recordType, recordIds, detail)));
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Access access) {
        recordAll(List.of(access));
    }

    /** Records several entries at once, for bulk work such as an import, in one batch. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<Access> accesses) {
        if (accesses.isEmpty()) {
            return;
        }
        List<Attributed> attributed = accesses.stream().map(Attributed::byCurrentUser).toList();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writeUnsealed(attributed); // no synchronization to wait for: write now, in the transaction if there is one
            sealer.wake();
            return;
        }
        PendingEntries pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingEntries.class::isInstance).map(PendingEntries.class::cast)
                .filter(p -> p.owner == this).findFirst()
                .orElseGet(() -> {
                    PendingEntries created = new PendingEntries(this);
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.add(attributed);
    }

    /**
     * The entries of one transaction, written in its {@code beforeCommit}: a failure there rolls the transaction back,
     * so the change is not committed without its entry. Entries recorded after that (by another synchronization's
     * {@code beforeCommit}) are written at once, still inside the transaction. Once it has committed, the sealer is
     * woken to chain them.
     */
    private static final class PendingEntries implements TransactionSynchronization {
        private final AuditLog owner;
        private final List<Attributed> entries = new ArrayList<>();
        private boolean written;

        PendingEntries(AuditLog owner) {
            this.owner = owner;
        }

        void add(List<Attributed> more) {
            if (written) {
                owner.writeUnsealed(more);
            } else {
                entries.addAll(more);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!entries.isEmpty()) {
                owner.writeUnsealed(List.copyOf(entries));
            }
        }

        @Override
        public void afterCommit() {
            owner.sealer.wake();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after other synchronizations' work that may itself record access
        }
    }

    /**
     * Records a consultation or disclosure that changes no data and returns once its entry is durable (committed, with
     * {@code fsync} and synchronous commit as configured), so that what it describes may then be shown.
     *
     * @throws IllegalArgumentException if the access is not a consultation or disclosure: anything else describes a
     *         change, whose
     *         entry must commit with it through {@link #record}
     * @throws IllegalStateException if called inside a transaction: waiting there would hold a database connection
     *         that the group commit may need, and the entry would not be part of that transaction anyway
     * @throws AuditUnavailableException if the entry could not be written; the caller must not show the data
     */
    public void recordDurably(Access access) {
        recordDurablyMeanwhile(access).awaitDurable();
    }

    /**
     * As {@link #recordDurably}, but returns at once, so the caller can do other work (read the records it will
     * show) while the entry's commit reaches the disk, and then wait with {@link PendingEntry#awaitDurable()} before
     * showing anything. A search's served time was reading its records and then waiting for this commit, one after
     * the other.
     */
    public PendingEntry recordDurablyMeanwhile(Access access) {
        if (access.action() != AuditAction.CONSULTATION && access.action() != AuditAction.DISCLOSURE) {
            throw new IllegalArgumentException("recordDurably is for consultations and disclosures that change nothing, not "
                    + access.action() + "; record a change's entry in its transaction with record()");
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("recordDurably waits for its own commit; call it outside a transaction, "
                    + "or use record() to write the entry in the transaction");
        }
        return new PendingEntry(appender.submit(Attributed.byCurrentUser(access)));
    }

    /** An entry on its way to the disk; what it describes must not be shown until {@link #awaitDurable()} returns. */
    public static final class PendingEntry {
        private final CompletableFuture<Void> durable;

        private PendingEntry(CompletableFuture<Void> durable) {
            this.durable = durable;
        }

        /** @throws AuditUnavailableException if the entry could not be written; the caller must not show the data */
        public void awaitDurable() {
            try {
                durable.get(DURABLE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw new AuditUnavailableException(e.getCause());
            } catch (TimeoutException e) {
                throw new AuditUnavailableException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuditUnavailableException(e);
            }
        }
    }

    private void appendInOwnTransaction(List<Attributed> batch) {
        ownTransaction.executeWithoutResult(status -> appendRead(batch));
    }

    /**
     * Writes a change's entries in the current transaction, numbered but not yet chained: no lock, so a change never
     * waits for another's commit here. The sealer chains them once this transaction has committed.
     */
    private void writeUnsealed(List<Attributed> accesses) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbcTemplate.batchUpdate("""
                insert into audit_unsealed_entry (occurred_at, username, action, record_type, record_ids, justification,
                                                  recipient, detail, request_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", accesses, 1000, (ps, by) -> {
            Access a = by.access();
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, by.username());
            ps.setString(3, a.action().name());
            ps.setString(4, a.recordType());
            ps.setArray(5, ps.getConnection().createArrayOf("text", a.recordIds().toArray()));
            ps.setString(6, by.justification());
            ps.setString(7, a.recipient());
            ps.setString(8, a.detail());
            ps.setString(9, by.requestId());
        });
    }

    /**
     * Seals every change's entry committed so far into the chain, on the caller's thread, and answers how many; for
     * tests and checks that read the chain's table itself rather than the {@code audit_log} view.
     */
    long sealCommitted() {
        return sealer.sealCommitted();
    }

    /** Chains and inserts reads' entries in the current transaction, holding the chain's lock until it ends. */
    private void appendRead(List<Attributed> accesses) {
        AuditLedger ledger = AuditLedger.READS;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", ledger.lock()).query().singleRow();
        String previous = jdbc.sql("select hash from " + ledger.table() + " order by seq desc limit 1")
                .query(String.class).optional().orElse(AuditChain.GENESIS);
        List<Long> seqs = jdbc.sql("select nextval('audit_entry_seq') from generate_series(1, :n)")
                .param("n", accesses.size()).query(Long.class).list();

        List<AuditEntry> entries = new ArrayList<>(accesses.size());
        for (int i = 0; i < accesses.size(); i++) {
            Attributed by = accesses.get(i);
            Access a = by.access();
            long seq = seqs.get(i);
            String hash = AuditChain.hash(seq, now, by.username(), a.action(), a.recordType(), a.recordIds(),
                    by.justification(), a.recipient(), a.detail(), by.requestId(), previous);
            entries.add(new AuditEntry(seq, now, by.username(), a.action(), a.recordType(), a.recordIds(),
                    by.justification(), a.recipient(), a.detail(), by.requestId(), previous, hash));
            previous = hash;
        }
        AuditRows.insert(jdbcTemplate, ledger, entries, null);
    }

    /** Writes what is waiting before the database connection pool closes. */
    @PreDestroy
    void close() {
        appender.close();
        sealer.close();
    }

    private static String justification() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String stated = request.getHeader(JUSTIFICATION_HEADER);
        if (stated == null || stated.isBlank()) {
            stated = request.getParameter("justification");
        }
        if (stated == null || stated.isBlank()) {
            return null;
        }
        stated = stated.strip();
        return stated.length() > MAX_JUSTIFICATION ? stated.substring(0, MAX_JUSTIFICATION) : stated;
    }
}

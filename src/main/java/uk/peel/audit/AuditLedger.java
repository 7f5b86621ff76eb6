package uk.peel.audit;

/**
 * The s.62 log's two hash chains, each with its own table and its own lock (decision 0012). Together they are the
 * one log that auditors query (the {@code audit_log} view); apart, a search's entry never waits for a change's
 * entry to commit, nor the other way round. Entry numbers ({@code seq}) come from one sequence, so they are unique
 * across both and say which was numbered first.
 */
enum AuditLedger {

    /**
     * Entries written in the transaction whose change or view they describe (collections, alterations, disclosures,
     * combinations, and consultations made inside a transaction), first unsealed and then chained here by the
     * {@link AuditSealer} once that transaction has committed (decision 0016).
     */
    IN_TRANSACTION("audit_entry", 0x5045454c_41554454L), // "PEELAUDT"

    /**
     * Reads: consultations and disclosures that change nothing (a search's results shown, a publication file
     * written), group-committed by one thread and made durable before what they describe is shown or sent. Searches
     * make them the bulk of the log: with one chain, every audited change queued for the lock behind batches of them.
     */
    READS("audit_read_entry", 0x5045454c_41554452L); // "PEELAUDR"

    private final String table;
    private final long lock;

    AuditLedger(String table, long lock) {
        this.table = table;
        this.lock = lock;
    }

    /** The append-only table that holds this chain; a constant, never user input, so safe to put into SQL. */
    String table() {
        return table;
    }

    /** The transaction-scoped advisory lock that orders appends to this chain. */
    long lock() {
        return lock;
    }
}

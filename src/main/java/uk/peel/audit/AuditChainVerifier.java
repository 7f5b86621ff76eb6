package uk.peel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Walks the whole s.62 log, each of its chains ({@link AuditLedger}) in order, and recomputes every hash. Works on a bare JDBC connection so it can run
 * offline, with the server stopped, and against a copy of the database.
 */
public final class AuditChainVerifier {

    /**
     * The outcome: how many entries were checked, how many committed changes' entries are still waiting to be sealed
     * into the chain (decision 0016: they have no hash yet, so there is nothing to check but that they are there),
     * and, if a chain is broken, the first entry that is wrong.
     */
    public record Verification(long entriesChecked, long unsealed, Long firstBadSeq, String problem) {
        public boolean intact() {
            return firstBadSeq == null;
        }
    }

    private AuditChainVerifier() {
    }

    public static Verification verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // lets PostgreSQL stream the rows with a cursor instead of loading them all
        try {
            long checked = 0;
            for (AuditLedger ledger : AuditLedger.values()) {
                Verification chain = verify(connection, ledger);
                checked += chain.entriesChecked();
                if (!chain.intact()) {
                    return new Verification(checked, 0, chain.firstBadSeq(), chain.problem());
                }
            }
            return new Verification(checked, unsealed(connection), null, null);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long unsealed(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from audit_unsealed_entry");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Verification verify(Connection connection, AuditLedger ledger) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select * from " + ledger.table() + " order by seq")) {
            query.setFetchSize(2000);
            try (ResultSet rs = query.executeQuery()) {
                return walk(rs, ledger);
            }
        }
    }

    private static Verification walk(ResultSet rs, AuditLedger ledger) throws SQLException {
        String expectedPrevious = AuditChain.GENESIS;
        long checked = 0;
        while (rs.next()) {
            AuditEntry entry = AuditRows.map(rs, (int) checked);
            if (!entry.previousHash().equals(expectedPrevious)) {
                return new Verification(checked, 0, entry.seq(), "entry " + entry.seq()
                        + " does not follow the entry before it in " + ledger.table()
                        + ": an entry before it was removed or its hash altered");
            }
            if (!AuditChain.hash(entry).equals(entry.hash())) {
                return new Verification(checked, 0, entry.seq(), "entry " + entry.seq()
                        + " in " + ledger.table() + " has been altered: its content no longer matches its hash");
            }
            expectedPrevious = entry.hash();
            checked++;
        }
        return new Verification(checked, 0, null, null);
    }
}

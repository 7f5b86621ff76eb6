package uk.peel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads an {@link AuditEntry} from a row of either chain's table (shared by the queries and the offline verifier), and
 * writes chained entries into one (shared by the read chain's group commit and the sealer).
 */
final class AuditRows {

    private AuditRows() {
    }

    static AuditEntry map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"),
                List.of((String[]) rs.getArray("record_ids").getArray()),
                rs.getString("justification"),
                rs.getString("recipient"),
                rs.getString("detail"),
                rs.getString("request_id"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    /**
     * Inserts chained entries into a chain's table in one batch; with {@code provisionalSeqs} (the sealer's), each
     * entry's number while it was unsealed is kept beside it.
     */
    static void insert(JdbcTemplate jdbc, AuditLedger ledger, List<AuditEntry> entries, List<Long> provisionalSeqs) {
        boolean sealed = provisionalSeqs != null;
        List<Integer> rows = java.util.stream.IntStream.range(0, entries.size()).boxed().toList();
        jdbc.batchUpdate("insert into " + ledger.table() + """
                 (seq, occurred_at, username, action, record_type, record_ids, justification, recipient, detail, request_id,
                  previous_hash, hash""" + (sealed ? ", provisional_seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), rows, 1000, (ps, row) -> {
            AuditEntry e = entries.get(row);
            ps.setLong(1, e.seq());
            ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
            ps.setString(3, e.username());
            ps.setString(4, e.action().name());
            ps.setString(5, e.recordType());
            ps.setArray(6, ps.getConnection().createArrayOf("text", e.recordIds().toArray()));
            ps.setString(7, e.justification());
            ps.setString(8, e.recipient());
            ps.setString(9, e.detail());
            ps.setString(10, e.requestId());
            ps.setString(11, e.previousHash());
            ps.setString(12, e.hash());
            if (sealed) {
                ps.setLong(13, provisionalSeqs.get(row));
            }
        });
    }
}

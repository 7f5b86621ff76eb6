package uk.peel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads an {@link AuditEntry} from a row of either chain's table; shared by the queries and the offline verifier. */
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
}

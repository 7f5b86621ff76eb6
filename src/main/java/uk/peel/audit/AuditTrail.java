package uk.peel.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The auditor's two questions over the s.62 log (both its chains: the {@code audit_log} view), newest entries first. */
@Service
public class AuditTrail {

    public static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who collected, changed, viewed, disclosed or merged this record. */
    @Transactional(readOnly = true)
    public List<AuditEntry> concerning(String recordId, int limit) {
        return jdbc.sql("select * from audit_log where record_ids @> array[:id]::text[] order by seq desc limit :limit")
                .param("id", recordId)
                .param("limit", Math.min(limit, MAX_ROWS))
                .query(AuditRows::map)
                .list();
    }

    /** Everything this user did to personal data. */
    @Transactional(readOnly = true)
    public List<AuditEntry> byUser(String username, int limit) {
        return jdbc.sql("select * from audit_log where username = :username order by seq desc limit :limit")
                .param("username", username)
                .param("limit", Math.min(limit, MAX_ROWS))
                .query(AuditRows::map)
                .list();
    }
}

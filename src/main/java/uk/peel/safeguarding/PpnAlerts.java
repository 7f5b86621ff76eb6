package uk.peel.safeguarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.peel.security.Role;

/** Stores escalations: at most one of each kind per notice, so a sweep repeated raises once. */
@Repository
class PpnAlerts {

    private final JdbcClient jdbc;

    PpnAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean raise(PpnAlert alert) {
        return jdbc.sql("""
                        insert into ppn_alert (ppn_id, kind, role, raised_at, message) values (:id, :kind, :role, :at, :message)
                        on conflict (ppn_id, kind) do nothing""")
                .param("id", alert.ppnId().value()).param("kind", alert.kind().name()).param("role", alert.role().name())
                .param("at", Timestamp.from(alert.raisedAt())).param("message", alert.message()).update() == 1;
    }

    int acknowledge(PpnId ppn, PpnAlert.Kind kind, Instant at, String by) {
        return jdbc.sql("""
                        update ppn_alert set acknowledged_at = :at, acknowledged_by = :by
                         where ppn_id = :id and kind = :kind and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", ppn.value()).param("kind", kind.name()).update();
    }

    List<PpnAlert> open(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.*, p.reference from ppn_alert a join ppn p on p.id = a.ppn_id
                         where a.acknowledged_at is null and a.role in (:roles) order by a.raised_at""")
                .param("roles", roles.stream().map(Role::name).toList()).query(this::alert).list();
    }

    List<PpnAlert> of(PpnId ppn) {
        return jdbc.sql("""
                        select a.*, p.reference from ppn_alert a join ppn p on p.id = a.ppn_id
                         where a.ppn_id = :id order by a.raised_at""")
                .param("id", ppn.value()).query(this::alert).list();
    }

    private PpnAlert alert(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        return new PpnAlert(new PpnId(rs.getObject("ppn_id", UUID.class)), rs.getString("reference"),
                PpnAlert.Kind.valueOf(rs.getString("kind")), Role.valueOf(rs.getString("role")),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("message"),
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"));
    }
}

package uk.peel.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.peel.security.Role;

/** Stores escalations: at most one of each kind per incident, so a clock checked twice raises once. */
@Repository
class IncidentAlerts {

    private final JdbcClient jdbc;

    IncidentAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the alert unless the incident already has one of this kind; answers whether it is new. */
    boolean raise(IncidentAlert alert) {
        return jdbc.sql("""
                        insert into incident_alert (incident_id, kind, role, raised_at, message)
                        values (:id, :kind, :role, :at, :message) on conflict (incident_id, kind) do nothing""")
                .param("id", alert.incidentId().value()).param("kind", alert.kind().name()).param("role", alert.role().name())
                .param("at", Timestamp.from(alert.raisedAt())).param("message", alert.message())
                .update() == 1;
    }

    /** The kinds of alert ever raised for each of these incidents (acknowledged or not), by incident. */
    java.util.Map<IncidentId, java.util.Set<IncidentAlert.Kind>> raisedFor(Collection<IncidentId> incidents) {
        java.util.Map<IncidentId, java.util.Set<IncidentAlert.Kind>> raised = new java.util.HashMap<>();
        if (incidents.isEmpty()) {
            return raised;
        }
        jdbc.sql("select incident_id, kind from incident_alert where incident_id = any(:ids)")
                .param("ids", incidents.stream().map(IncidentId::value).toArray(java.util.UUID[]::new))
                .query((row, n) -> {
                    raised.computeIfAbsent(new IncidentId(row.getObject("incident_id", java.util.UUID.class)),
                            id -> java.util.EnumSet.noneOf(IncidentAlert.Kind.class)).add(IncidentAlert.Kind.valueOf(row.getString("kind")));
                    return null;
                }).list();
        return raised;
    }

    int acknowledge(IncidentId incident, IncidentAlert.Kind kind, Instant at, String by) {
        return jdbc.sql("""
                        update incident_alert set acknowledged_at = :at, acknowledged_by = :by
                         where incident_id = :id and kind = :kind and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", incident.value()).param("kind", kind.name())
                .update();
    }

    List<IncidentAlert> open(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.*, i.reference from incident_alert a join incident i on i.id = a.incident_id
                         where a.acknowledged_at is null and a.role in (:roles) order by a.raised_at""")
                .param("roles", roles.stream().map(Role::name).toList())
                .query(this::alert).list();
    }

    List<IncidentAlert> of(IncidentId incident) {
        return jdbc.sql("""
                        select a.*, i.reference from incident_alert a join incident i on i.id = a.incident_id
                         where a.incident_id = :id order by a.raised_at""")
                .param("id", incident.value()).query(this::alert).list();
    }

    long countSince(Instant since) {
        return jdbc.sql("select count(*) from incident_alert where raised_at >= :since")
                .param("since", Timestamp.from(since)).query(Long.class).single();
    }

    private IncidentAlert alert(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        return new IncidentAlert(new IncidentId(rs.getObject("incident_id", UUID.class)), rs.getString("reference"),
                IncidentAlert.Kind.valueOf(rs.getString("kind")), Role.valueOf(rs.getString("role")),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("message"),
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"));
    }
}

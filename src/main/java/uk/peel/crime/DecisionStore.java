package uk.peel.crime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.incident.IncidentId;

/** Stores recording decisions. A decision is written when opened and once more when made; never deleted. */
@Repository
class DecisionStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DecisionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the decision; answers false, inserting nothing, when its incident already has one. */
    boolean insert(RecordingDecision decision) {
        return jdbc.sql("""
                        insert into crime_recording_decision (id, channel, incident_id, source_reference, reported_at, due_at,
                               opened_at, opened_by, status, decided_at, decided_by, no_crime_reason, no_crime_explanation, report)
                        values (:id, :channel, :incident, :source, :reported, :due, :opened, :openedBy, :status, :decided,
                                :decidedBy, :reason, :explanation, :report::jsonb)
                        on conflict (incident_id) do nothing""")
                .params(columns(decision)).update() == 1;
    }

    void update(RecordingDecision decision) {
        int updated = jdbc.sql("""
                        update crime_recording_decision set status = :status, decided_at = :decided, decided_by = :decidedBy,
                               no_crime_reason = :reason, no_crime_explanation = :explanation
                         where id = :id and status = 'DUE'""")
                .params(columns(decision)).update();
        if (updated != 1) {
            throw new uk.peel.platform.ConflictException("The recording decision on " + decision.sourceReference()
                    + " was made by someone else a moment ago: look again");
        }
    }

    private Map<String, Object> columns(RecordingDecision d) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", d.id().value());
        columns.put("channel", d.channel().name());
        columns.put("incident", d.incidentId() == null ? null : d.incidentId().value());
        columns.put("source", d.sourceReference());
        columns.put("reported", Timestamp.from(d.reportedAt()));
        columns.put("due", Timestamp.from(d.dueAt()));
        columns.put("opened", Timestamp.from(d.openedAt()));
        columns.put("openedBy", d.openedBy());
        columns.put("status", d.status().name());
        columns.put("decided", d.decidedAt() == null ? null : Timestamp.from(d.decidedAt()));
        columns.put("decidedBy", d.decidedBy());
        columns.put("reason", d.noCrimeReason() == null ? null : d.noCrimeReason().name());
        columns.put("explanation", d.noCrimeExplanation());
        columns.put("report", json.writeValueAsString(d.report()));
        return columns;
    }

    Optional<RecordingDecision> find(DecisionId id) {
        return jdbc.sql("select * from crime_recording_decision where id = :id").param("id", id.value()).query(this::decision).optional();
    }

    Optional<RecordingDecision> findForUpdate(DecisionId id) {
        return jdbc.sql("select * from crime_recording_decision where id = :id for update").param("id", id.value())
                .query(this::decision).optional();
    }

    Optional<RecordingDecision> findByIncident(IncidentId incident) {
        return jdbc.sql("select * from crime_recording_decision where incident_id = :id").param("id", incident.value())
                .query(this::decision).optional();
    }

    /** Decisions still due, the nearest deadline first. */
    List<RecordingDecision> due(int limit) {
        return jdbc.sql("select * from crime_recording_decision where status = 'DUE' order by due_at limit :limit")
                .param("limit", limit).query(this::decision).list();
    }

    /** Decisions still due whose deadline is at or before {@code at}, the longest overdue first. */
    List<RecordingDecision> dueBy(Instant at, int limit) {
        return jdbc.sql("select * from crime_recording_decision where status = 'DUE' and due_at <= :at order by due_at limit :limit")
                .param("at", Timestamp.from(at)).param("limit", limit).query(this::decision).list();
    }

    long countDueBy(Instant at) {
        return jdbc.sql("select count(*) from crime_recording_decision where status = 'DUE' and due_at <= :at")
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    long countDue() {
        return jdbc.sql("select count(*) from crime_recording_decision where status = 'DUE'").query(Long.class).single();
    }

    List<RecordingDecision> recentlyDecided(int limit) {
        return jdbc.sql("select * from crime_recording_decision where status <> 'DUE' order by decided_at desc limit :limit")
                .param("limit", limit).query(this::decision).list();
    }

    /** The incidents that have a decision, for the reconciliation to match referrals against. */
    java.util.Set<UUID> incidentsWithDecisions() {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        jdbc.sql("select incident_id from crime_recording_decision where incident_id is not null")
                .query(rs -> {
                    ids.add(rs.getObject(1, UUID.class));
                });
        return ids;
    }

    private RecordingDecision decision(ResultSet rs, int row) throws SQLException {
        UUID incident = rs.getObject("incident_id", UUID.class);
        String reason = rs.getString("no_crime_reason");
        return new RecordingDecision(new DecisionId(rs.getObject("id", UUID.class)),
                RecordingChannel.valueOf(rs.getString("channel")), incident == null ? null : new IncidentId(incident),
                rs.getString("source_reference"), instant(rs, "reported_at"), instant(rs, "due_at"), instant(rs, "opened_at"),
                rs.getString("opened_by"), DecisionStatus.valueOf(rs.getString("status")), instant(rs, "decided_at"),
                rs.getString("decided_by"), reason == null ? null : NotACrimeReason.valueOf(reason),
                rs.getString("no_crime_explanation"), json.readValue(rs.getString("report"), DecisionReport.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

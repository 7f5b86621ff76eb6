package uk.peel.crime;

import static uk.peel.crime.DecisionStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.platform.ConflictException;
import uk.peel.platform.ForceTime;

/**
 * Stores crimes (current version in {@code crime}), every version whole in the append-only {@code crime_version},
 * and change requests. An update applies only if the crime is still at the version it was read at.
 */
@Repository
class CrimeStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CrimeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next crime reference number in the force's year of {@code at}: CR-2026-000123. */
    String nextCrn(Instant at) {
        int year = LocalDate.ofInstant(at, ForceTime.ZONE).getYear();
        long number = jdbc.sql("""
                        insert into crime_number (year, last) values (:year, 1)
                        on conflict (year) do update set last = crime_number.last + 1 returning last""")
                .param("year", year).query(Long.class).single();
        return String.format("CR-%d-%06d", year, number);
    }

    void insert(Crime crime, String change) {
        jdbc.sql("""
                        insert into crime (id, crn, version, decision_id, classification, status, victim_id, allocated_to,
                                           recorded_at, recorded_by, updated_at, details)
                        values (:id, :crn, :version, :decision, :classification, :status, :victim, :allocated, :recorded,
                                :recordedBy, :updated, :details::jsonb)""")
                .params(columns(crime)).update();
        appendVersion(crime, crime.recordedBy(), change);
    }

    void update(Crime next, String by, String change) {
        int updated = jdbc.sql("""
                        update crime set version = :version, classification = :classification, status = :status,
                               allocated_to = :allocated, updated_at = :updated, details = :details::jsonb
                         where id = :id and version = :version - 1""")
                .params(columns(next)).update();
        if (updated != 1) {
            throw new ConflictException(next.crn() + " was changed by someone else a moment ago: look again and retry");
        }
        appendVersion(next, by, change);
    }

    private void appendVersion(Crime crime, String by, String change) {
        jdbc.sql("""
                        insert into crime_version (crime_id, version, at, by_user, change, classification, status, document)
                        values (:id, :version, :at, :by, :change, :classification, :status, :document::jsonb)""")
                .param("id", crime.id().value()).param("version", crime.version()).param("at", Timestamp.from(crime.updatedAt()))
                .param("by", by).param("change", change).param("classification", crime.classification())
                .param("status", crime.status().name()).param("document", json.writeValueAsString(crime)).update();
    }

    private Map<String, Object> columns(Crime crime) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", crime.id().value());
        columns.put("crn", crime.crn());
        columns.put("version", crime.version());
        columns.put("decision", crime.decisionId().value());
        columns.put("classification", crime.classification());
        columns.put("status", crime.status().name());
        columns.put("victim", crime.victimId());
        columns.put("allocated", crime.allocatedTo());
        columns.put("recorded", Timestamp.from(crime.recordedAt()));
        columns.put("recordedBy", crime.recordedBy());
        columns.put("updated", Timestamp.from(crime.updatedAt()));
        columns.put("details", json.writeValueAsString(crime.details()));
        return columns;
    }

    Optional<Crime> find(CrimeId id) {
        return jdbc.sql("select * from crime where id = :id").param("id", id.value()).query(this::crime).optional();
    }

    Optional<Crime> findForUpdate(CrimeId id) {
        return jdbc.sql("select * from crime where id = :id for update").param("id", id.value()).query(this::crime).optional();
    }

    Optional<Crime> findByCrn(String crn) {
        return jdbc.sql("select * from crime where crn = :crn").param("crn", crn.strip().toUpperCase(java.util.Locale.ROOT))
                .query(this::crime).optional();
    }

    List<Crime> ofDecision(DecisionId decision) {
        return jdbc.sql("select * from crime where decision_id = :id order by crn").param("id", decision.value())
                .query(this::crime).list();
    }

    List<Crime> recent(int limit) {
        return jdbc.sql("select * from crime order by recorded_at desc limit :limit").param("limit", limit).query(this::crime).list();
    }

    List<Crime> recordedBetween(Instant from, Instant until) {
        return jdbc.sql("select * from crime where recorded_at >= :from and recorded_at < :until order by recorded_at, crn")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).query(this::crime).list();
    }

    List<CrimeId> recordedIdsAfter(CrimeId after, int limit) {
        return jdbc.sql("select id from crime where status = 'RECORDED' and id > :after order by id limit :limit")
                .param("after", after == null ? new UUID(0, 0) : after.value()).param("limit", limit)
                .query((rs, n) -> new CrimeId(rs.getObject("id", UUID.class))).list();
    }

    List<Crime> findAll(java.util.Collection<CrimeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from crime where id = any(:ids) order by recorded_at, crn")
                .param("ids", ids.stream().map(CrimeId::value).toArray(UUID[]::new)).query(this::crime).list();
    }

    List<CrimeVersion> versions(CrimeId id) {
        return jdbc.sql("select * from crime_version where crime_id = :id order by version").param("id", id.value())
                .query((rs, row) -> new CrimeVersion(id, rs.getInt("version"), instant(rs, "at"), rs.getString("by_user"),
                        rs.getString("change"), rs.getString("classification"), CrimeStatus.valueOf(rs.getString("status")),
                        json.readValue(rs.getString("document"), Crime.class))).list();
    }

    void insertChange(ChangeRequest change) {
        jdbc.sql("""
                        insert into crime_change_request (id, crime_id, kind, reason, explanation, new_classification,
                                                          requested_at, requested_by, status)
                        values (:id, :crime, :kind, :reason, :explanation, :newClassification, :at, :by, 'PENDING')""")
                .param("id", change.id().value()).param("crime", change.crimeId().value()).param("kind", change.kind().name())
                .param("reason", change.reason()).param("explanation", change.explanation())
                .param("newClassification", change.newClassification()).param("at", Timestamp.from(change.requestedAt()))
                .param("by", change.requestedBy()).update();
    }

    void decideChange(ChangeRequestId id, ChangeRequest.Status status, Instant at, String by, String note) {
        int updated = jdbc.sql("""
                        update crime_change_request set status = :status, decided_at = :at, decided_by = :by, decision_note = :note
                         where id = :id and status = 'PENDING'""")
                .param("id", id.value()).param("status", status.name()).param("at", Timestamp.from(at)).param("by", by)
                .param("note", note).update();
        if (updated != 1) {
            throw new ConflictException("That request has already been decided: look again");
        }
    }

    Optional<ChangeRequest> findChange(ChangeRequestId id) {
        return jdbc.sql("select * from crime_change_request where id = :id").param("id", id.value()).query(this::change).optional();
    }

    List<ChangeRequest> changes(CrimeId crime) {
        return jdbc.sql("select * from crime_change_request where crime_id = :id order by requested_at").param("id", crime.value())
                .query(this::change).list();
    }

    List<ChangeRequest> pendingChanges(int limit) {
        return jdbc.sql("select * from crime_change_request where status = 'PENDING' order by requested_at limit :limit")
                .param("limit", limit).query(this::change).list();
    }

    private ChangeRequest change(ResultSet rs, int row) throws SQLException {
        return new ChangeRequest(new ChangeRequestId(rs.getObject("id", UUID.class)), new CrimeId(rs.getObject("crime_id", UUID.class)),
                ChangeRequest.Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("explanation"),
                rs.getString("new_classification"), instant(rs, "requested_at"), rs.getString("requested_by"),
                ChangeRequest.Status.valueOf(rs.getString("status")), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("decision_note"));
    }

    private Crime crime(ResultSet rs, int row) throws SQLException {
        return new Crime(new CrimeId(rs.getObject("id", UUID.class)), rs.getString("crn"), rs.getInt("version"),
                new DecisionId(rs.getObject("decision_id", UUID.class)), rs.getString("classification"),
                CrimeStatus.valueOf(rs.getString("status")), rs.getObject("victim_id", UUID.class), rs.getString("allocated_to"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), instant(rs, "updated_at"),
                json.readValue(rs.getString("details"), CrimeDetails.class));
    }
}

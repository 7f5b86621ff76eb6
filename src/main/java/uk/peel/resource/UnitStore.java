package uk.peel.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores units (current state) and their append-only status log, with the same version check as incidents. */
@Repository
class UnitStore {

    record Details(Set<String> skills, List<String> crew, Instant shiftStart, Instant shiftEnd) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    UnitStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean insert(Unit unit) {
        return jdbc.sql("""
                        insert into unit (call_sign, version, type, status, status_since, incident_id, latitude, longitude,
                                          position_at, details, updated_at)
                        values (:callSign, :version, :type, :status, :since, :incident, :lat, :lon, :positionAt,
                                :details::jsonb, :updated) on conflict (call_sign) do nothing""")
                .params(columns(unit)).update() == 1;
    }

    void update(Unit next) {
        int updated = jdbc.sql("""
                        update unit set version = :version, type = :type, status = :status, status_since = :since,
                               incident_id = :incident, latitude = :lat, longitude = :lon, position_at = :positionAt,
                               details = :details::jsonb, updated_at = :updated
                         where call_sign = :callSign and version = :version - 1""")
                .params(columns(next)).update();
        if (updated != 1) {
            throw new uk.peel.platform.ConflictException(next.callSign() + " was changed by someone else a moment ago: look again and retry");
        }
    }

    private Map<String, Object> columns(Unit unit) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("callSign", unit.callSign());
        columns.put("version", unit.version());
        columns.put("type", unit.type().name());
        columns.put("status", unit.status().name());
        columns.put("since", Timestamp.from(unit.statusSince()));
        columns.put("incident", unit.incidentId());
        columns.put("lat", unit.position() == null ? null : unit.position().latitude());
        columns.put("lon", unit.position() == null ? null : unit.position().longitude());
        columns.put("positionAt", unit.position() == null ? null : Timestamp.from(unit.position().at()));
        columns.put("details", json.writeValueAsString(new Details(unit.skills(), unit.crew(), unit.shiftStart(), unit.shiftEnd())));
        columns.put("updated", Timestamp.from(unit.updatedAt()));
        return columns;
    }

    Optional<Unit> find(String callSign) {
        return jdbc.sql("select * from unit where call_sign = :cs").param("cs", callSign).query(this::unit).optional();
    }

    List<Unit> findAll(Collection<String> callSigns) {
        return jdbc.sql("select * from unit where call_sign = any(:cs)").param("cs", callSigns.toArray(String[]::new))
                .query(this::unit).list();
    }

    Optional<Unit> findForUpdate(String callSign) {
        return jdbc.sql("select * from unit where call_sign = :cs for update").param("cs", callSign).query(this::unit).optional();
    }

    List<Unit> all() {
        return jdbc.sql("select * from unit order by call_sign").query(this::unit).list();
    }

    List<Unit> withStatus(UnitStatus status) {
        return jdbc.sql("select * from unit where status = :status order by call_sign").param("status", status.name())
                .query(this::unit).list();
    }

    void log(Unit unit, String by, String text) {
        jdbc.sql("insert into unit_log (call_sign, at, by_user, status, incident_id, text) values (:cs, :at, :by, :status, :incident, :text)")
                .param("cs", unit.callSign()).param("at", Timestamp.from(unit.updatedAt())).param("by", by)
                .param("status", unit.status().name()).param("incident", unit.incidentId()).param("text", text).update();
    }

    record LogEntry(Instant at, String by, UnitStatus status, UUID incidentId, String text) {
    }

    List<LogEntry> log(String callSign, int limit) {
        return jdbc.sql("select * from unit_log where call_sign = :cs order by seq desc limit :limit")
                .param("cs", callSign).param("limit", limit)
                .query((rs, row) -> new LogEntry(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("by_user"),
                        UnitStatus.valueOf(rs.getString("status")), rs.getObject("incident_id", UUID.class), rs.getString("text")))
                .list();
    }

    private Unit unit(ResultSet rs, int row) throws SQLException {
        Details details = json.readValue(rs.getString("details"), Details.class);
        OffsetDateTime positionAt = rs.getObject("position_at", OffsetDateTime.class);
        Position position = positionAt == null ? null
                : new Position(rs.getDouble("latitude"), rs.getDouble("longitude"), positionAt.toInstant());
        return new Unit(rs.getString("call_sign"), rs.getInt("version"), UnitType.valueOf(rs.getString("type")),
                details.skills() == null ? Set.of() : details.skills(), details.crew() == null ? List.of() : details.crew(),
                details.shiftStart(), details.shiftEnd(), UnitStatus.valueOf(rs.getString("status")),
                rs.getObject("status_since", OffsetDateTime.class).toInstant(), rs.getObject("incident_id", UUID.class),
                position, rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

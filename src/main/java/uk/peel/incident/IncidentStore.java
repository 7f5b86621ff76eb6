package uk.peel.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores incidents (current state in {@code incident}, with the columns boards sort on) and their append-only logs.
 * An update applies only if the incident is still at the version it was read at, so two dispatchers acting at
 * once cannot overwrite each other: the second is told to look again.
 */
@Repository
class IncidentStore {

    /** What the {@code details} document holds: everything not needed to sort or filter a board. */
    record Details(Caller caller, IncidentLocation location, Thrive thrive, Set<SafeguardingFlag> safeguarding,
                   String account, List<Attendance> attendances, Closure closure) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IncidentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String nextReference(Instant at) {
        long number = jdbc.sql("select nextval('incident_number')").query(Long.class).single();
        // The force's date then a number that never repeats: "20261124-00042". Read aloud on the radio, the number
        // alone identifies the incident; the date tells a reader at once how old it is.
        return String.format("%s-%05d", java.time.LocalDate.ofInstant(at, uk.peel.platform.ForceTime.ZONE)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), number);
    }

    void insert(Incident incident) {
        jdbc.sql("""
                        insert into incident (id, reference, version, status, grade, opening_category, call_started_at,
                                              created_at, created_by, first_assigned_at, first_arrived_at, closed_at,
                                              closing_category, crime_related, postcode, latitude, longitude, linked_to,
                                              details, updated_at)
                        values (:id, :reference, :version, :status, :grade, :opening, :started, :created, :by, :assigned,
                                :arrived, :closed, :closing, :crime, :postcode, :lat, :lon, :linked, :details::jsonb, :updated)""")
                .paramSource(columns(incident))
                .update();
    }

    void update(Incident next) {
        int updated = jdbc.sql("""
                        update incident set version = :version, status = :status, grade = :grade,
                               first_assigned_at = :assigned, first_arrived_at = :arrived, closed_at = :closed,
                               closing_category = :closing, crime_related = :crime, postcode = :postcode,
                               latitude = :lat, longitude = :lon, details = :details::jsonb, updated_at = :updated
                         where id = :id and version = :version - 1""")
                .paramSource(columns(next))
                .update();
        if (updated != 1) {
            throw new IllegalIncidentChangeException(next.reference() + " was changed by someone else a moment ago: look again and retry");
        }
    }

    private java.util.Map<String, Object> columns(Incident incident) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", incident.id().value());
        columns.put("reference", incident.reference());
        columns.put("version", incident.version());
        columns.put("status", incident.status().name());
        columns.put("grade", incident.grade());
        columns.put("opening", incident.openingCategory());
        columns.put("started", timestamp(incident.callStartedAt()));
        columns.put("created", timestamp(incident.createdAt()));
        columns.put("by", incident.createdBy());
        columns.put("assigned", incident.firstAssignedAt().map(IncidentStore::timestamp).orElse(null));
        columns.put("arrived", incident.firstArrivedAt().map(IncidentStore::timestamp).orElse(null));
        columns.put("closed", incident.closure() == null ? null : timestamp(incident.closure().closedAt()));
        columns.put("closing", incident.closure() == null ? null : incident.closure().category());
        columns.put("crime", incident.closure() != null && incident.closure().crimeRelated());
        columns.put("postcode", incident.location().postcode());
        columns.put("lat", incident.location().latitude());
        columns.put("lon", incident.location().longitude());
        columns.put("linked", incident.linkedTo() == null ? null : incident.linkedTo().value());
        columns.put("details", json.writeValueAsString(new Details(incident.caller(), incident.location(), incident.thrive(),
                incident.safeguarding(), incident.account(), incident.attendances(), incident.closure())));
        columns.put("updated", timestamp(incident.updatedAt()));
        return columns;
    }

    Optional<Incident> find(IncidentId id) {
        return jdbc.sql("select * from incident where id = :id").param("id", id.value()).query(this::incident).optional();
    }

    /** The incidents with these ids that exist, in no particular order. */
    List<Incident> findAll(Collection<IncidentId> ids) {
        return jdbc.sql("select * from incident where id = any(:ids)")
                .param("ids", ids.stream().map(IncidentId::value).toArray(UUID[]::new)).query(this::incident).list();
    }

    /** For an update: the incident, locked until the transaction ends, so concurrent changes queue rather than fail. */
    Optional<Incident> findForUpdate(IncidentId id) {
        return jdbc.sql("select * from incident where id = :id for update").param("id", id.value()).query(this::incident).optional();
    }

    Optional<Incident> findByReference(String reference) {
        return jdbc.sql("select * from incident where reference = :reference").param("reference", reference.strip())
                .query(this::incident).optional();
    }

    /** Every incident not yet closed, oldest first. */
    List<Incident> open() {
        return jdbc.sql("select * from incident where status <> 'CLOSED' order by created_at").query(this::incident).list();
    }

    /** Incidents created or closed since a moment (for the dashboard and the boards' closed-recently list). */
    List<Incident> createdSince(Instant since) {
        return jdbc.sql("select * from incident where created_at >= :since order by created_at")
                .param("since", timestamp(since)).query(this::incident).list();
    }

    List<Incident> recentlyClosed(int limit) {
        return jdbc.sql("select * from incident where status = 'CLOSED' order by closed_at desc limit :limit")
                .param("limit", limit).query(this::incident).list();
    }

    /** Incidents at a postcode or within a box around a point, most recent first (for "previous incidents here"). */
    List<Incident> near(String postcode, Double latitude, Double longitude, double boxDegrees, Instant since, int limit) {
        return jdbc.sql("""
                        select * from incident
                         where created_at >= :since
                           and ((:postcode::text is not null and postcode = :postcode)
                             or (:lat::float8 is not null and latitude between :lat::float8 - :box and :lat::float8 + :box
                                 and longitude between :lon::float8 - :box * 1.7 and :lon::float8 + :box * 1.7))
                         order by created_at desc limit :limit""")
                .param("postcode", postcode).param("lat", latitude).param("lon", longitude).param("box", boxDegrees)
                .param("since", timestamp(since)).param("limit", limit)
                .query(this::incident).list();
    }

    int appendLog(IncidentId id, Instant at, String by, IncidentLogEntry.Kind kind, String text) {
        return jdbc.sql("""
                        insert into incident_log (incident_id, seq, at, by_user, kind, text)
                        values (:id, coalesce((select max(seq) from incident_log where incident_id = :id), 0) + 1, :at, :by, :kind, :text)
                        returning seq""")
                .param("id", id.value()).param("at", timestamp(at)).param("by", by).param("kind", kind.name())
                .param("text", text).query(Integer.class).single();
    }

    List<IncidentLogEntry> log(IncidentId id) {
        return jdbc.sql("select * from incident_log where incident_id = :id order by seq").param("id", id.value())
                .query((rs, row) -> new IncidentLogEntry(id, rs.getInt("seq"), instant(rs, "at"), rs.getString("by_user"),
                        IncidentLogEntry.Kind.valueOf(rs.getString("kind")), rs.getString("text"))).list();
    }

    private Incident incident(ResultSet rs, int row) throws SQLException {
        Details details = json.readValue(rs.getString("details"), Details.class);
        UUID linked = rs.getObject("linked_to", UUID.class);
        return new Incident(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("reference"), rs.getInt("version"),
                rs.getString("grade"), rs.getString("opening_category"), instant(rs, "call_started_at"),
                instant(rs, "created_at"), rs.getString("created_by"), details.caller(), details.location(),
                details.thrive(), details.safeguarding() == null ? Set.of() : details.safeguarding(), details.account(),
                details.attendances() == null ? List.of() : details.attendances(), details.closure(),
                linked == null ? null : new IncidentId(linked), instant(rs, "updated_at"));
    }

    static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

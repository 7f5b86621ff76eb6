package uk.peel.missingperson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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

/** Stores reports: the current version with the columns the live list sorts on, the rest as JSON, and the log. */
@Repository
class MissingPersonStore {

    record Details(String description, Instant lastSeenAt, String lastSeenWhere, String reportedBy, String recordedBy,
                   List<RiskGrading> gradings, List<Review> reviews, List<Sighting> sightings, Found found,
                   ReturnHomeInterview interview) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MissingPersonStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String nextReference(Instant at) {
        long number = jdbc.sql("select nextval('missing_person_number')").query(Long.class).single();
        return String.format("MIS-%s-%05d", LocalDate.ofInstant(at, ForceTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE), number);
    }

    boolean insertIfNew(MissingPerson report) {
        return jdbc.sql("""
                        insert into missing_person (id, reference, version, status, risk, name, person_id, linked_location,
                                                    incident_id, reported_at, next_review_due, found_at, interview_due_at,
                                                    interview_done_at, closed_at, details, updated_at)
                        values (:id, :reference, :version, :status, :risk, :name, :person, :linked, :incident, :reported,
                                :review, :found, :interviewDue, :interviewDone, :closed, :details::jsonb, :updated)
                        on conflict (incident_id) where incident_id is not null do nothing""")
                .paramSource(columns(report)).update() == 1;
    }

    void update(MissingPerson next) {
        int updated = jdbc.sql("""
                        update missing_person set version = :version, status = :status, risk = :risk,
                               next_review_due = :review, found_at = :found, interview_due_at = :interviewDue,
                               interview_done_at = :interviewDone, closed_at = :closed, details = :details::jsonb,
                               updated_at = :updated
                         where id = :id and version = :version - 1""")
                .paramSource(columns(next)).update();
        if (updated != 1) {
            throw new ConflictException(next.reference() + " was changed by someone else a moment ago: look again and retry");
        }
    }

    private Map<String, Object> columns(MissingPerson report) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", report.id().value());
        columns.put("reference", report.reference());
        columns.put("version", report.version());
        columns.put("status", report.status().name());
        columns.put("risk", report.risk().name());
        columns.put("name", report.name());
        columns.put("person", report.personId());
        columns.put("linked", report.linkedLocation());
        columns.put("incident", report.incidentId());
        columns.put("reported", timestamp(report.reportedAt()));
        columns.put("review", timestamp(report.nextReviewDue()));
        columns.put("found", report.found() == null ? null : timestamp(report.found().at()));
        columns.put("interviewDue", timestamp(report.interviewDueAt()));
        columns.put("interviewDone", report.interview() == null ? null : timestamp(report.interview().at()));
        columns.put("closed", report.status() == MissingStatus.CLOSED ? timestamp(report.updatedAt()) : null);
        columns.put("details", json.writeValueAsString(new Details(report.description(), report.lastSeenAt(),
                report.lastSeenWhere(), report.reportedBy(), report.recordedBy(), report.gradings(), report.reviews(),
                report.sightings(), report.found(), report.interview())));
        columns.put("updated", timestamp(report.updatedAt()));
        return columns;
    }

    Optional<MissingPerson> find(MissingPersonId id) {
        return jdbc.sql("select * from missing_person where id = :id").param("id", id.value()).query(this::report).optional();
    }

    Optional<MissingPerson> findForUpdate(MissingPersonId id) {
        return jdbc.sql("select * from missing_person where id = :id for update").param("id", id.value()).query(this::report).optional();
    }

    /** Everyone still missing, highest risk first, then by the next review due. */
    List<MissingPerson> missing() {
        return jdbc.sql("""
                        select * from missing_person where status = 'MISSING'
                         order by case risk when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 else 3 end, next_review_due""")
                .query(this::report).list();
    }

    /** Found, awaiting their return-home interview, the soonest due first. */
    List<MissingPerson> awaitingInterview() {
        return jdbc.sql("select * from missing_person where status = 'FOUND' order by interview_due_at").query(this::report).list();
    }

    int earlierReportsOf(UUID person, MissingPersonId excluding, Instant since) {
        return jdbc.sql("""
                        select count(*) from missing_person
                         where person_id = :person and id <> :excluding and reported_at >= :since""")
                .param("person", person).param("excluding", excluding.value()).param("since", timestamp(since))
                .query(Integer.class).single();
    }

    int earlierReportsFrom(String location, MissingPersonId excluding, Instant since) {
        return jdbc.sql("""
                        select count(*) from missing_person
                         where lower(linked_location) = lower(:location) and id <> :excluding and reported_at >= :since""")
                .param("location", location).param("excluding", excluding.value()).param("since", timestamp(since))
                .query(Integer.class).single();
    }

    void appendLog(MissingPersonId id, Instant at, String by, String text) {
        jdbc.sql("""
                        insert into missing_person_log (missing_person_id, seq, at, by_user, text)
                        values (:id, coalesce((select max(seq) from missing_person_log where missing_person_id = :id), 0) + 1, :at, :by, :text)""")
                .param("id", id.value()).param("at", timestamp(at)).param("by", by).param("text", text).update();
    }

    List<LogLine> log(MissingPersonId id) {
        return jdbc.sql("select * from missing_person_log where missing_person_id = :id order by seq").param("id", id.value())
                .query((rs, row) -> new LogLine(rs.getInt("seq"), instant(rs, "at"), rs.getString("by_user"), rs.getString("text")))
                .list();
    }

    private MissingPerson report(ResultSet rs, int row) throws SQLException {
        Details details = json.readValue(rs.getString("details"), Details.class);
        return new MissingPerson(new MissingPersonId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getInt("version"), MissingStatus.valueOf(rs.getString("status")), rs.getString("name"),
                rs.getObject("person_id", UUID.class), details.description(), details.lastSeenAt(), details.lastSeenWhere(),
                rs.getString("linked_location"), details.reportedBy(), rs.getObject("incident_id", UUID.class),
                instant(rs, "reported_at"), details.recordedBy(), details.gradings(), details.reviews(), details.sightings(),
                instant(rs, "next_review_due"), details.found(), instant(rs, "interview_due_at"), details.interview(),
                instant(rs, "updated_at"));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

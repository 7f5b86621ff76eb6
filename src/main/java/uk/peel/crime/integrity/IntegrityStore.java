package uk.peel.crime.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.incident.IncidentId;

/** Samples, the incidents in them, and every version of every judgement, in tables that refuse UPDATE and DELETE. */
@Repository
class IntegrityStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IntegrityStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Sample sample) {
        jdbc.sql("""
                        insert into crime_integrity_sample (id, title, period_from, period_to, seed, requested_size, population,
                                                            rule, drawn_at, drawn_by)
                        values (:id, :title, :from, :to, :seed, :size, :population, :rule::jsonb, :at, :by)""")
                .param("id", sample.id()).param("title", sample.title()).param("from", Timestamp.from(sample.from()))
                .param("to", Timestamp.from(sample.to())).param("seed", sample.seed()).param("size", sample.requestedSize())
                .param("population", sample.population()).param("rule", json.writeValueAsString(sample.rules()))
                .param("at", Timestamp.from(sample.drawnAt())).param("by", sample.drawnBy()).update();
        int position = 0;
        for (IncidentId incident : sample.incidents()) {
            jdbc.sql("insert into crime_integrity_sample_incident (sample_id, position, incident_id) values (:s, :p, :i)")
                    .param("s", sample.id()).param("p", ++position).param("i", incident.value()).update();
        }
    }

    Optional<Sample> find(UUID id) {
        List<IncidentId> incidents = jdbc.sql("""
                        select incident_id from crime_integrity_sample_incident where sample_id = :id order by position""")
                .param("id", id).query((rs, row) -> new IncidentId(rs.getObject(1, UUID.class))).list();
        return jdbc.sql("select * from crime_integrity_sample where id = :id").param("id", id)
                .query((rs, row) -> sample(rs, incidents)).optional();
    }

    /** The latest samples, without their incidents. */
    List<Sample> recent(int limit) {
        return jdbc.sql("select * from crime_integrity_sample order by drawn_at desc limit :limit").param("limit", limit)
                .query((rs, row) -> sample(rs, List.of())).list();
    }

    void insert(Judgement judgement) {
        jdbc.sql("""
                        insert into crime_integrity_judgement (sample_id, incident_id, line, version, outcome, offence_code, crn,
                                                               note, judged_at, judged_by)
                        values (:sample, :incident, :line, :version, :outcome, :offence, :crn, :note, :at, :by)""")
                .param("sample", judgement.sampleId()).param("incident", judgement.incidentId().value())
                .param("line", judgement.line()).param("version", judgement.version()).param("outcome", judgement.outcome().name())
                .param("offence", judgement.offenceCode()).param("crn", judgement.crn()).param("note", judgement.note())
                .param("at", Timestamp.from(judgement.judgedAt())).param("by", judgement.judgedBy()).update();
    }

    /** Every version of every judgement in the sample, by incident, line and version. */
    List<Judgement> judgements(UUID sample) {
        return jdbc.sql("select * from crime_integrity_judgement where sample_id = :s order by incident_id, line, version")
                .param("s", sample).query(IntegrityStore::judgement).list();
    }

    List<Judgement> judgements(UUID sample, IncidentId incident) {
        return jdbc.sql("""
                        select * from crime_integrity_judgement where sample_id = :s and incident_id = :i
                         order by line, version""")
                .param("s", sample).param("i", incident.value()).query(IntegrityStore::judgement).list();
    }

    /** Serialises judging within a sample until the transaction ends, so two auditors never take the same line or version. */
    void lock(UUID sample) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "cdi:" + sample).query().listOfRows();
    }

    private Sample sample(ResultSet rs, List<IncidentId> incidents) throws SQLException {
        return new Sample(rs.getObject("id", UUID.class), rs.getString("title"), instant(rs, "period_from"),
                instant(rs, "period_to"), rs.getLong("seed"), rs.getInt("requested_size"), rs.getLong("population"),
                json.readValue(rs.getString("rule"), PopulationRules.class), instant(rs, "drawn_at"), rs.getString("drawn_by"),
                incidents);
    }

    private static Judgement judgement(ResultSet rs, int row) throws SQLException {
        return new Judgement(rs.getObject("sample_id", UUID.class), new IncidentId(rs.getObject("incident_id", UUID.class)),
                rs.getInt("line"), rs.getInt("version"), Outcome.valueOf(rs.getString("outcome")), rs.getString("offence_code"),
                rs.getString("crn"), rs.getString("note"), instant(rs, "judged_at"), rs.getString("judged_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

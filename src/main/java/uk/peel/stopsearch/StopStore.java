package uk.peel.stopsearch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.peel.platform.ForceTime;

/** Stores stops, one row each, never updated. */
@Repository
class StopStore {

    private final JdbcClient jdbc;

    StopStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextReference(Instant at) {
        long number = jdbc.sql("select nextval('stop_number')").query(Long.class).single();
        return String.format("SS-%d-%06d", Year.from(at.atZone(ForceTime.ZONE)).getValue(), number);
    }

    void insert(Stop stop) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", stop.id().value());
        c.put("reference", stop.reference());
        c.put("type", stop.type().name());
        c.put("stoppedAt", Timestamp.from(stop.stoppedAt()));
        c.put("postcode", stop.location().postcode());
        c.put("description", stop.location().description());
        c.put("latitude", stop.location().latitude());
        c.put("longitude", stop.location().longitude());
        c.put("person", stop.personId());
        c.put("personName", stop.personName());
        c.put("gender", stop.gender());
        c.put("ageRange", stop.ageRange());
        c.put("selfDefined", stop.selfDefinedEthnicity());
        c.put("officerDefined", stop.officerDefinedEthnicity());
        c.put("legislation", stop.legislation() == null ? null : stop.legislation().name());
        c.put("authorisation", stop.authorisation());
        c.put("object", stop.objectOfSearch() == null ? null : stop.objectOfSearch().name());
        c.put("grounds", stop.grounds());
        c.put("outcome", stop.outcome() == null ? null : stop.outcome().name());
        c.put("linked", stop.outcomeLinkedToObject());
        c.put("clothing", stop.removalOfMoreThanOuterClothing());
        c.put("operation", stop.operation());
        c.put("officer", stop.officer());
        c.put("concern", stop.concern() == null ? null : stop.concern().name());
        c.put("concernDetails", stop.concernDetails());
        c.put("source", stop.source());
        c.put("recordedAt", Timestamp.from(stop.recordedAt()));
        c.put("recordedBy", stop.recordedBy());
        jdbc.sql("""
                        insert into stop_search (id, reference, type, stopped_at, postcode, location_description, latitude, longitude,
                                                 person_id, person_name, gender, age_range, self_defined_ethnicity,
                                                 officer_defined_ethnicity, legislation, authorisation, object_of_search, grounds,
                                                 outcome, outcome_linked_to_object, removal_of_outer_clothing, operation, officer,
                                                 concern, concern_details, source, recorded_at, recorded_by)
                        values (:id, :reference, :type, :stoppedAt, :postcode, :description, :latitude, :longitude, :person,
                                :personName, :gender, :ageRange, :selfDefined, :officerDefined, :legislation, :authorisation,
                                :object, :grounds, :outcome, :linked, :clothing, :operation, :officer, :concern, :concernDetails,
                                :source, :recordedAt, :recordedBy)""")
                .paramSource(c).update();
    }

    Optional<Stop> find(StopId id) {
        return jdbc.sql("select * from stop_search where id = :id").param("id", id.value()).query(this::stop).optional();
    }

    List<Stop> recent(int limit) {
        return jdbc.sql("select * from stop_search order by stopped_at desc limit :limit").param("limit", limit).query(this::stop).list();
    }

    List<Stop> ofPerson(UUID person) {
        return jdbc.sql("select * from stop_search where person_id = :person order by stopped_at desc").param("person", person)
                .query(this::stop).list();
    }

    long count() {
        return jdbc.sql("select count(*) from stop_search").query(Long.class).single();
    }

    private Stop stop(ResultSet rs, int row) throws SQLException {
        String legislation = rs.getString("legislation");
        String object = rs.getString("object_of_search");
        String outcome = rs.getString("outcome");
        String concern = rs.getString("concern");
        return new Stop(new StopId(rs.getObject("id", UUID.class)), rs.getString("reference"), StopType.valueOf(rs.getString("type")),
                instant(rs, "stopped_at"), new StopLocation(rs.getString("postcode"), rs.getString("location_description"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude")), rs.getObject("person_id", UUID.class),
                rs.getString("person_name"), rs.getString("gender"), rs.getString("age_range"), rs.getString("self_defined_ethnicity"),
                rs.getString("officer_defined_ethnicity"), legislation == null ? null : Legislation.valueOf(legislation),
                rs.getString("authorisation"), object == null ? null : ObjectOfSearch.valueOf(object), rs.getString("grounds"),
                outcome == null ? null : StopOutcome.valueOf(outcome), (Boolean) rs.getObject("outcome_linked_to_object"),
                rs.getBoolean("removal_of_outer_clothing"), rs.getString("operation"), rs.getString("officer"),
                concern == null ? null : StopConcern.valueOf(concern), rs.getString("concern_details"), rs.getString("source"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package uk.peel.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores person records: the current version in {@code person}, every version in the append-only
 * {@code person_version}. The details are one JSON document per version, so a version can never be partly
 * written or partly read.
 */
@Repository
class Persons {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;

    Persons(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    void insertAll(List<Person> people, String reason) {
        jdbcTemplate.batchUpdate("""
                insert into person (id, version, surname, forenames, details, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", people, 500, (ps, p) -> {
            ps.setObject(1, p.id().value());
            ps.setInt(2, p.version());
            ps.setString(3, p.details().surname());
            ps.setString(4, p.details().forenames() == null ? "" : p.details().forenames());
            ps.setString(5, json.writeValueAsString(p.details()));
            ps.setTimestamp(6, Timestamp.from(p.createdAt()));
            ps.setString(7, p.createdBy());
            ps.setTimestamp(8, Timestamp.from(p.updatedAt()));
            ps.setString(9, p.updatedBy());
        });
        appendVersions(people, reason);
    }

    /** Moves the record to its next version, unless another transaction did so first. */
    void update(Person next, String reason) {
        int updated = jdbc.sql("""
                        update person set version = :version, surname = :surname, forenames = :forenames,
                                          details = :details::jsonb, updated_at = :at, updated_by = :by
                         where id = :id and version = :previous""")
                .param("version", next.version())
                .param("surname", next.details().surname())
                .param("forenames", next.details().forenames() == null ? "" : next.details().forenames())
                .param("details", json.writeValueAsString(next.details()))
                .param("at", Timestamp.from(next.updatedAt()))
                .param("by", next.updatedBy())
                .param("id", next.id().value())
                .param("previous", next.version() - 1)
                .update();
        if (updated != 1) {
            int current = find(next.id()).map(Person::version).orElseThrow(() -> new PersonNotFoundException(next.id()));
            throw new VersionConflictException(next.id(), next.version() - 1, current);
        }
        appendVersions(List.of(next), reason);
    }

    private void appendVersions(List<Person> people, String reason) {
        jdbcTemplate.batchUpdate("""
                insert into person_version (person_id, version, details, recorded_at, recorded_by, reason)
                values (?, ?, ?::jsonb, ?, ?, ?)""", people, 500, (ps, p) -> {
            ps.setObject(1, p.id().value());
            ps.setInt(2, p.version());
            ps.setString(3, json.writeValueAsString(p.details()));
            ps.setTimestamp(4, Timestamp.from(p.updatedAt()));
            ps.setString(5, p.updatedBy());
            ps.setString(6, reason);
        });
    }

    Optional<Person> find(PersonId id) {
        return jdbc.sql("select * from person where id = :id").param("id", id.value()).query(this::person).optional();
    }

    /** The current versions of these people, in the order given; ids not on record are left out. */
    List<Person> findAll(List<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<PersonId, Person> found = new java.util.HashMap<>();
        jdbc.sql("select * from person where id = any(:ids)")
                .param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(this::person).list().forEach(person -> found.put(person.id(), person));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Walks every current (not merged away) record in id order, a batch at a time (keyset paging, so a large table is never held in memory). */
    void forEachBatch(int batchSize, java.util.function.Consumer<List<Person>> consumer) {
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: all zeros comes first
        while (true) {
            List<Person> batch = jdbc.sql("select * from person where id > :after and merged_into is null order by id limit :limit")
                    .param("after", after).param("limit", batchSize).query(this::person).list();
            if (batch.isEmpty()) {
                return;
            }
            consumer.accept(batch);
            after = batch.getLast().id().value();
        }
    }

    /** A page of records, most recently changed first, optionally only those whose surname starts with a prefix. */
    List<Person> list(String surnamePrefix, int offset, int limit) {
        String prefix = surnamePrefix == null ? "" : surnamePrefix.strip().toLowerCase(java.util.Locale.UK);
        return jdbc.sql("""
                        select * from person
                         where merged_into is null and (:prefix = '' or lower(surname) like :pattern)
                         order by updated_at desc, id
                         offset :offset limit :limit""")
                .param("prefix", prefix)
                .param("pattern", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("offset", offset)
                .param("limit", limit)
                .query(this::person)
                .list();
    }

    /** People with an address (current or past) at this postcode, most recently changed first. */
    List<Person> withAddressAt(String postcode, int limit) {
        return jdbc.sql("""
                        select * from person
                         where merged_into is null and details->'addresses' @> cast(:address as jsonb)
                         order by updated_at desc limit :limit""")
                .param("address", json.writeValueAsString(java.util.List.of(java.util.Map.of("postcode", postcode))))
                .param("limit", limit)
                .query(this::person).list();
    }

    long count(String surnamePrefix) {
        String prefix = surnamePrefix == null ? "" : surnamePrefix.strip().toLowerCase(java.util.Locale.UK);
        return jdbc.sql("select count(*) from person where merged_into is null and (:prefix = '' or lower(surname) like :pattern)")
                .param("prefix", prefix)
                .param("pattern", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(Long.class).single();
    }

    /** Marks a record as merged into another (or, with null, as standing on its own again after an undo). */
    void setMergedInto(PersonId merged, PersonId survivor) {
        jdbc.sql("update person set merged_into = :survivor where id = :id")
                .param("survivor", survivor == null ? null : survivor.value()).param("id", merged.value()).update();
    }

    List<PersonVersion> versions(PersonId id) {
        return jdbc.sql("select * from person_version where person_id = :id order by version desc")
                .param("id", id.value()).query(this::version).list();
    }

    Optional<PersonVersion> version(PersonId id, int version) {
        return jdbc.sql("select * from person_version where person_id = :id and version = :version")
                .param("id", id.value()).param("version", version).query(this::version).optional();
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        return new Person(new PersonId(rs.getObject("id", UUID.class)), rs.getInt("version"), details(rs),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"),
                rs.getObject("merged_into") == null ? null : new PersonId(rs.getObject("merged_into", UUID.class)));
    }

    private PersonVersion version(ResultSet rs, int row) throws SQLException {
        return new PersonVersion(new PersonId(rs.getObject("person_id", UUID.class)), rs.getInt("version"), details(rs),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
                rs.getString("reason"));
    }

    private PersonDetails details(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("details"), PersonDetails.class);
    }
}

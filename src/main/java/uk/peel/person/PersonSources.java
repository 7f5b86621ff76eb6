package uk.peel.person;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which person each imported source row became (table person_source), so an import can be run again safely. */
@Repository
class PersonSources {

    /** What Peel knows of one source row it imported before. */
    record Imported(String sourceRef, PersonId personId, String contentHash, int importedVersion) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    PersonSources(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    Map<String, Imported> find(String system, Collection<String> refs) {
        Map<String, Imported> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select source_ref, person_id, content_hash, imported_version from person_source
                         where source_system = :system and source_ref = any(:refs)""")
                .param("system", system).param("refs", refs.toArray(String[]::new))
                .query((rs, row) -> new Imported(rs.getString(1), new PersonId(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getInt(4)))
                .list().forEach(imported -> found.put(imported.sourceRef(), imported));
        return found;
    }

    void insertAll(String system, List<Imported> rows, Instant at, String by) {
        jdbcTemplate.batchUpdate("""
                insert into person_source (source_system, source_ref, person_id, content_hash, imported_version,
                                           imported_at, imported_by)
                values (?, ?, ?, ?, ?, ?, ?)""", rows, 500, (ps, row) -> {
            ps.setString(1, system);
            ps.setString(2, row.sourceRef());
            ps.setObject(3, row.personId().value());
            ps.setString(4, row.contentHash());
            ps.setInt(5, row.importedVersion());
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, by);
        });
    }

    void update(String system, Imported row, Instant at, String by) {
        jdbc.sql("""
                        update person_source set content_hash = :hash, imported_version = :version,
                                                 imported_at = :at, imported_by = :by
                         where source_system = :system and source_ref = :ref""")
                .param("hash", row.contentHash()).param("version", row.importedVersion())
                .param("at", Timestamp.from(at)).param("by", by)
                .param("system", system).param("ref", row.sourceRef()).update();
    }

    /** Where a person's record came from, oldest first: "NICHE-RMS 12345". */
    List<String> of(PersonId person) {
        // A content hash stands in for a missing source id; it means nothing to a reader, so only the system is shown.
        return jdbc.sql("""
                        select case when source_ref like 'sha256:%' then source_system else source_system || ' ' || source_ref end
                          from person_source where person_id = :id order by imported_at""")
                .param("id", person.value()).query(String.class).list();
    }
}

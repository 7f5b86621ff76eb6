package uk.peel.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The person_merge table: every merge ever made, and its undoing. */
@Repository
class PersonMergeRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonMergeRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(PersonMerge merge) {
        jdbc.sql("""
                        insert into person_merge (id, survivor_id, merged_id, survivor_version_before, survivor_version_after,
                                                  merged_version, contributed, reason, merged_at, merged_by)
                        values (:id, :survivor, :merged, :before, :after, :mergedVersion, :contributed::jsonb, :reason, :at, :by)""")
                .param("id", merge.id()).param("survivor", merge.survivorId().value()).param("merged", merge.mergedId().value())
                .param("before", merge.survivorVersionBefore()).param("after", merge.survivorVersionAfter())
                .param("mergedVersion", merge.mergedVersion()).param("contributed", json.writeValueAsString(merge.contributed()))
                .param("reason", merge.reason()).param("at", Timestamp.from(merge.mergedAt())).param("by", merge.mergedBy())
                .update();
    }

    /** Records the undo, unless someone else undid it first (answers false then). */
    boolean markUndone(PersonMerge undone, int survivorVersion) {
        return jdbc.sql("""
                        update person_merge set undone_at = :at, undone_by = :by, undo_reason = :reason,
                                                survivor_version_undone = :version
                         where id = :id and undone_at is null""")
                .param("at", Timestamp.from(undone.undoneAt())).param("by", undone.undoneBy())
                .param("reason", undone.undoReason()).param("version", survivorVersion).param("id", undone.id())
                .update() == 1;
    }

    Optional<PersonMerge> find(UUID id) {
        return jdbc.sql("select * from person_merge where id = :id").param("id", id).query(this::merge).optional();
    }

    /** Every merge this person took part in, either way round, newest first. */
    List<PersonMerge> involving(PersonId person) {
        return jdbc.sql("select * from person_merge where survivor_id = :id or merged_id = :id order by merged_at desc")
                .param("id", person.value()).query(this::merge).list();
    }

    private PersonMerge merge(ResultSet rs, int row) throws SQLException {
        OffsetDateTime undoneAt = rs.getObject("undone_at", OffsetDateTime.class);
        return new PersonMerge(rs.getObject("id", UUID.class), new PersonId(rs.getObject("survivor_id", UUID.class)),
                new PersonId(rs.getObject("merged_id", UUID.class)), rs.getInt("survivor_version_before"),
                rs.getInt("survivor_version_after"), rs.getInt("merged_version"),
                json.readValue(rs.getString("contributed"), Combination.class), rs.getString("reason"),
                rs.getObject("merged_at", OffsetDateTime.class).toInstant(), rs.getString("merged_by"),
                undoneAt == null ? null : undoneAt.toInstant(), rs.getString("undone_by"), rs.getString("undo_reason"));
    }
}

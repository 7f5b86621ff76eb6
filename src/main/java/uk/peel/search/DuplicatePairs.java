package uk.peel.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.person.PersonId;

/** The person_duplicate table: probable duplicate pairs and the decisions made about them. */
@Repository
class DuplicatePairs {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DuplicatePairs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Adds newly found pairs or refreshes open ones' evidence; a decided pair is left as it was decided. In a
     * transaction of its own, because a scan reads the records in a long read-only one.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void offer(List<DuplicatePair> found) {
        found.forEach(this::offer);
    }

    private void offer(DuplicatePair pair) {
        jdbc.sql("""
                        insert into person_duplicate (person_a, person_b, score, evidence, found_at, status)
                        values (:a, :b, :score, :evidence::jsonb, :at, 'OPEN')
                        on conflict (person_a, person_b) do update
                           set score = excluded.score, evidence = excluded.evidence, found_at = excluded.found_at
                         where person_duplicate.status = 'OPEN'""")
                .param("a", pair.first().value()).param("b", pair.second().value()).param("score", pair.score())
                .param("evidence", json.writeValueAsString(pair.evidence())).param("at", Timestamp.from(pair.foundAt()))
                .update();
    }

    List<DuplicatePair> withStatus(DuplicatePair.Status status, int limit) {
        return jdbc.sql("select * from person_duplicate where status = :status order by score desc, found_at limit :limit")
                .param("status", status.name()).param("limit", limit).query(this::pair).list();
    }

    List<DuplicatePair> openInvolving(PersonId person) {
        return jdbc.sql("select * from person_duplicate where status = 'OPEN' and (person_a = :id or person_b = :id) order by score desc")
                .param("id", person.value()).query(this::pair).list();
    }

    long countOpen() {
        return jdbc.sql("select count(*) from person_duplicate where status = 'OPEN'").query(Long.class).single();
    }

    /** Records a decision on an open pair; answers false if there is no such open pair. */
    boolean decide(PersonId a, PersonId b, DuplicatePair.Status status, String by, Instant at, String decision) {
        boolean ordered = DuplicatePair.inDatabaseOrder(a, b);
        return jdbc.sql("""
                        update person_duplicate set status = :status, decided_by = :by, decided_at = :at, decision = :decision
                         where person_a = :a and person_b = :b and status = 'OPEN'""")
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).param("decision", decision)
                .param("a", (ordered ? a : b).value()).param("b", (ordered ? b : a).value()).update() == 1;
    }

    /** Open pairs involving a record that no longer stands on its own (merged since) are no longer a question. */
    int closeInvolving(PersonId person, String by, Instant at, String decision) {
        return jdbc.sql("""
                        update person_duplicate set status = 'MERGED', decided_by = :by, decided_at = :at, decision = :decision
                         where (person_a = :id or person_b = :id) and status = 'OPEN'""")
                .param("by", by).param("at", Timestamp.from(at)).param("decision", decision).param("id", person.value())
                .update();
    }

    private DuplicatePair pair(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new DuplicatePair(new PersonId(rs.getObject("person_a", UUID.class)), new PersonId(rs.getObject("person_b", UUID.class)),
                rs.getDouble("score"), json.readValue(rs.getString("evidence"), STRINGS),
                rs.getObject("found_at", OffsetDateTime.class).toInstant(), DuplicatePair.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision"));
    }
}

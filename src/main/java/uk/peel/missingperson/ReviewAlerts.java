package uk.peel.missingperson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.peel.security.Role;

/** Stores review alerts: one per report, review due time and level, so a repeated sweep raises each once. */
@Repository
class ReviewAlerts {

    private final JdbcClient jdbc;

    ReviewAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean raise(ReviewAlert alert) {
        return jdbc.sql("""
                        insert into missing_person_alert (missing_person_id, review_due_at, level, role, raised_at, message)
                        values (:id, :due, :level, :role, :at, :message)
                        on conflict (missing_person_id, review_due_at, level) do nothing""")
                .param("id", alert.missingPersonId().value()).param("due", Timestamp.from(alert.reviewDueAt()))
                .param("level", alert.level()).param("role", alert.role().name()).param("at", Timestamp.from(alert.raisedAt()))
                .param("message", alert.message()).update() == 1;
    }

    /** Reports still missing whose review is overdue at {@code now}, and not yet alerted at the level now due. */
    List<MissingPersonId> dueForAlert(Instant now) {
        return jdbc.sql("""
                        select m.id from missing_person m
                         where m.status = 'MISSING' and m.next_review_due < :now
                           and not exists (select 1 from missing_person_alert a
                                            where a.missing_person_id = m.id and a.review_due_at = m.next_review_due and a.level = 2)
                         order by m.next_review_due""")
                .param("now", Timestamp.from(now)).query((rs, row) -> new MissingPersonId(rs.getObject("id", UUID.class))).list();
    }

    int acknowledgeAll(MissingPersonId id, Instant at, String by) {
        return jdbc.sql("""
                        update missing_person_alert set acknowledged_at = :at, acknowledged_by = :by
                         where missing_person_id = :id and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id.value()).update();
    }

    int acknowledge(MissingPersonId id, Instant reviewDueAt, int level, Instant at, String by) {
        return jdbc.sql("""
                        update missing_person_alert set acknowledged_at = :at, acknowledged_by = :by
                         where missing_person_id = :id and review_due_at = :due and level = :level and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id.value()).param("due", Timestamp.from(reviewDueAt))
                .param("level", level).update();
    }

    List<ReviewAlert> open(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.*, m.reference, m.risk from missing_person_alert a join missing_person m on m.id = a.missing_person_id
                         where a.acknowledged_at is null and a.role in (:roles) order by a.level desc, a.raised_at""")
                .param("roles", roles.stream().map(Role::name).toList()).query(this::alert).list();
    }

    List<ReviewAlert> of(MissingPersonId id) {
        return jdbc.sql("""
                        select a.*, m.reference, m.risk from missing_person_alert a join missing_person m on m.id = a.missing_person_id
                         where a.missing_person_id = :id order by a.raised_at, a.level""")
                .param("id", id.value()).query(this::alert).list();
    }

    private ReviewAlert alert(ResultSet rs, int row) throws SQLException {
        OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        return new ReviewAlert(new MissingPersonId(rs.getObject("missing_person_id", UUID.class)), rs.getString("reference"),
                MissingRisk.valueOf(rs.getString("risk")), rs.getObject("review_due_at", OffsetDateTime.class).toInstant(),
                rs.getInt("level"), Role.valueOf(rs.getString("role")), rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                rs.getString("message"), acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"));
    }
}

package uk.peel.incident;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents closed as crime-related, kept from the closing transaction until crime recording takes them. Until
 * crime recording exists they are listed here as pending, each with its 24-hour deadline, so none is lost in the
 * meantime; crime recording calls {@link #take} when it opens the decision.
 */
@Service
public class CrimeRecordingReferrals {

    /** NCRS: a crime is recorded (or not) within 24 hours of the report. */
    public static final Duration DECISION_WITHIN = Duration.ofHours(24);

    private final JdbcClient jdbc;

    CrimeRecordingReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refer(Incident incident) {
        jdbc.sql("""
                        insert into crime_recording_referral (incident_id, closing_category, closed_at, decision_due_at)
                        values (:id, :category, :closed, :due) on conflict (incident_id) do nothing""")
                .param("id", incident.id().value())
                .param("category", incident.closure().category())
                .param("closed", Timestamp.from(incident.closure().closedAt()))
                .param("due", Timestamp.from(incident.closure().closedAt().plus(DECISION_WITHIN)))
                .update();
    }

    @Transactional(readOnly = true)
    public List<CrimeRecordingReferral> pending() {
        return jdbc.sql("""
                        select r.*, i.reference from crime_recording_referral r join incident i on i.id = r.incident_id
                         where r.taken_at is null order by r.decision_due_at""")
                .query((rs, row) -> new CrimeRecordingReferral(new IncidentId(rs.getObject("incident_id", UUID.class)),
                        rs.getString("reference"), rs.getString("closing_category"),
                        rs.getObject("closed_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("decision_due_at", OffsetDateTime.class).toInstant(), null))
                .list();
    }

    /** Marks a referral as taken by crime recording; answers false if it was already taken (or never made). */
    @Transactional
    public boolean take(IncidentId incident, Instant at) {
        return jdbc.sql("update crime_recording_referral set taken_at = :at where incident_id = :id and taken_at is null")
                .param("at", Timestamp.from(at)).param("id", incident.value()).update() == 1;
    }
}

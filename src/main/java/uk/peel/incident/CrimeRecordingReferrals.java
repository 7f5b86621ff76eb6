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
 * Incidents closed as crime-related, kept from the closing transaction until crime recording takes them: the
 * durable handoff between command and control and crime recording. A referral not yet taken is listed as pending
 * with its 24-hour deadline; crime recording calls {@link #take} in the transaction that opens the decision, and
 * its reconciliation reads every referral back to prove that each one has its decision.
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
                .query(CrimeRecordingReferrals::referral).list();
    }

    /** One incident's referral, pending or taken. */
    @Transactional(readOnly = true)
    public java.util.Optional<CrimeRecordingReferral> find(IncidentId incident) {
        return jdbc.sql("""
                        select r.*, i.reference from crime_recording_referral r join incident i on i.id = r.incident_id
                         where r.incident_id = :id""")
                .param("id", incident.value()).query(CrimeRecordingReferrals::referral).optional();
    }

    /**
     * Every referral made from {@code from} (inclusive) to {@code to} (exclusive) by closing time, pending or taken,
     * streamed in closing order, for the crime recording reconciliation.
     */
    @Transactional(readOnly = true)
    public void forEachClosedBetween(Instant from, Instant to, java.util.function.Consumer<CrimeRecordingReferral> each) {
        jdbc.sql("""
                        select r.*, i.reference from crime_recording_referral r join incident i on i.id = r.incident_id
                         where r.closed_at >= :from and r.closed_at < :to order by r.closed_at""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(CrimeRecordingReferrals::referral).stream().forEach(each);
    }

    /**
     * Incidents closed as crime-related from {@code from} to {@code to} that have no referral: always none, as
     * closure writes the referral in its own transaction; the reconciliation checks it rather than trusting it.
     */
    @Transactional(readOnly = true)
    public List<String> crimeRelatedWithoutReferral(Instant from, Instant to) {
        return jdbc.sql("""
                        select i.reference from incident i
                         where i.crime_related and i.closed_at >= :from and i.closed_at < :to
                           and not exists (select 1 from crime_recording_referral r where r.incident_id = i.id)
                         order by i.closed_at""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(String.class).list();
    }

    private static CrimeRecordingReferral referral(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime taken = rs.getObject("taken_at", OffsetDateTime.class);
        return new CrimeRecordingReferral(new IncidentId(rs.getObject("incident_id", UUID.class)),
                rs.getString("reference"), rs.getString("closing_category"),
                rs.getObject("closed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("decision_due_at", OffsetDateTime.class).toInstant(), taken == null ? null : taken.toInstant());
    }

    /** Marks a referral as taken by crime recording; answers false if it was already taken (or never made). */
    @Transactional
    public boolean take(IncidentId incident, Instant at) {
        return jdbc.sql("update crime_recording_referral set taken_at = :at where incident_id = :id and taken_at is null")
                .param("at", Timestamp.from(at)).param("id", incident.value()).update() == 1;
    }
}

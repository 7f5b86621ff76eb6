package uk.peel.crime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.crime.ReconciliationReport.Finding;
import uk.peel.crime.ReconciliationReport.Kind;
import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.platform.access.CurrentUser;

/**
 * Proves that no crime-related report was dropped: every incident closed as crime-related was referred, every
 * referral has its decision, every decision was timely, every "recorded" decision has its crimes, every "not a
 * crime" its reason, and every cancelled or reclassified crime an approved request with an allowed reason. It only
 * reads, and fixes nothing, so what it reports is what a failure left. Each run is kept.
 */
@Service
public class CrimeReconciliation {

    /** Exceptions listed per kind; all are counted. */
    static final int LISTED = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CrimeRecordingReferrals referrals;
    private final DecisionStore decisions;
    private final Clock clock;
    private final Duration grace;

    CrimeReconciliation(JdbcClient jdbc, JsonMapper json, CrimeRecordingReferrals referrals, DecisionStore decisions, Clock clock,
                        @Value("${peel.crime.reconcile-grace:15m}") Duration grace) {
        this.jdbc = jdbc;
        this.json = json;
        this.referrals = referrals;
        this.decisions = decisions;
        this.clock = clock;
        this.grace = grace;
    }

    /** Reconciles everything on record as it stands at {@code now}, keeps the run, and answers its report. */
    public ReconciliationReport reconcile(Instant now) {
        long started = System.nanoTime();
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        List<Finding> findings = new ArrayList<>();

        List<String> unreferred = referrals.crimeRelatedWithoutReferral(Instant.EPOCH, now);
        counts.put(Kind.INCIDENT_NOT_REFERRED, (long) unreferred.size());
        unreferred.stream().limit(LISTED).forEach(reference -> findings.add(new Finding(Kind.INCIDENT_NOT_REFERRED, reference,
                "closed as crime-related, but no referral was written")));

        Set<UUID> decided = decisions.incidentsWithDecisions();
        long[] referralCount = {0};
        long[] inTransit = {0};
        long[] missing = {0};
        referrals.forEachClosedBetween(Instant.EPOCH, now, referral -> {
            referralCount[0]++;
            if (decided.contains(referral.incidentId().value())) {
                return;
            }
            if (referral.isPending() && referral.closedAt().isAfter(now.minus(grace))) {
                inTransit[0]++;
                return;
            }
            if (missing[0]++ < LISTED) {
                findings.add(new Finding(Kind.REFERRAL_WITHOUT_DECISION, referral.reference(), referral.isPending()
                        ? "closed " + referral.closedAt() + " and still pending: no recording decision was opened"
                        : "taken " + referral.takenAt() + " but no recording decision exists"));
            }
        });
        counts.put(Kind.REFERRAL_WITHOUT_DECISION, missing[0]);

        check(Kind.RECORDED_WITHOUT_CRIME, """
                select d.source_reference, 'recorded ' || d.decided_at || ' by ' || d.decided_by, count(*) over ()
                  from crime_recording_decision d
                 where d.status = 'RECORDED' and not exists (select 1 from crime c where c.decision_id = d.id)
                 order by d.decided_at limit :limit""", now, counts, findings);
        check(Kind.NOT_A_CRIME_WITHOUT_REASON, """
                select d.source_reference, 'decided ' || d.decided_at || ' by ' || d.decided_by, count(*) over ()
                  from crime_recording_decision d
                 where d.status = 'NOT_A_CRIME' and (d.no_crime_reason is null or coalesce(d.no_crime_explanation, '') = '')
                 order by d.decided_at limit :limit""", now, counts, findings);
        check(Kind.CANCELLED_WITHOUT_APPROVAL, """
                select c.crn, 'cancelled ' || c.updated_at, count(*) over ()
                  from crime c
                 where c.status = 'CANCELLED' and not exists (select 1 from crime_change_request r where r.crime_id = c.id
                        and r.kind = 'CANCELLATION' and r.status = 'APPROVED' and r.decided_by <> r.requested_by)
                 order by c.updated_at limit :limit""", now, counts, findings);
        check(Kind.RECLASSIFIED_WITHOUT_APPROVAL, """
                with v as (select crime_id, version, at, classification,
                                  lag(classification) over (partition by crime_id order by version) as previous
                             from crime_version)
                select c.crn, 'version ' || v.version || ': ' || v.previous || ' to ' || v.classification || ' at ' || v.at,
                       count(*) over ()
                  from v join crime c on c.id = v.crime_id
                 where v.previous is not null and v.previous <> v.classification
                   and not exists (select 1 from crime_change_request r where r.crime_id = v.crime_id
                        and r.kind = 'RECLASSIFICATION' and r.status = 'APPROVED' and r.new_classification = v.classification)
                 order by v.at limit :limit""", now, counts, findings);
        check(Kind.DECISION_OVERDUE, """
                select d.source_reference, 'due ' || d.due_at || ' (' || d.channel || ')', count(*) over ()
                  from crime_recording_decision d
                 where d.status = 'DUE' and d.due_at <= :now
                 order by d.due_at limit :limit""", now, counts, findings);
        check(Kind.DECISION_LATE, """
                select d.source_reference, 'due ' || d.due_at || ', decided ' || d.decided_at || ' by ' || d.decided_by,
                       count(*) over ()
                  from crime_recording_decision d
                 where d.status <> 'DUE' and d.decided_at >= d.due_at
                 order by d.decided_at limit :limit""", now, counts, findings);

        Map<String, Object> totals = jdbc.sql("""
                        select (select count(*) from crime_recording_decision) as decisions,
                               (select count(*) from crime_recording_decision where status = 'DUE') as due,
                               (select count(*) from crime) as crimes,
                               (select count(*) from crime where status = 'CANCELLED') as cancelled""")
                .query().singleRow();
        long exceptions = counts.values().stream().mapToLong(Long::longValue).sum();
        long unexplained = counts.entrySet().stream().filter(e -> e.getKey().unexplained()).mapToLong(Map.Entry::getValue).sum();
        ReconciliationReport report = new ReconciliationReport(now, referralCount[0], inTransit[0],
                ((Number) totals.get("decisions")).longValue(), ((Number) totals.get("due")).longValue(),
                ((Number) totals.get("crimes")).longValue(), ((Number) totals.get("cancelled")).longValue(), counts,
                List.copyOf(findings), exceptions, unexplained, Duration.ofNanos(System.nanoTime() - started));
        jdbc.sql("""
                        insert into crime_reconciliation_run (run_at, by_user, took_ms, exceptions, unexplained, report)
                        values (:at, :by, :took, :exceptions, :unexplained, :report::jsonb)""")
                .param("at", Timestamp.from(now)).param("by", CurrentUser.username()).param("took", report.took().toMillis())
                .param("exceptions", (int) Math.min(Integer.MAX_VALUE, exceptions))
                .param("unexplained", (int) Math.min(Integer.MAX_VALUE, unexplained))
                .param("report", json.writeValueAsString(report)).update();
        return report;
    }

    public ReconciliationReport reconcile() {
        return reconcile(clock.instant());
    }

    /** The last run's report, if there has been one. */
    public Optional<ReconciliationReport> latest() {
        return jdbc.sql("select report from crime_reconciliation_run order by id desc limit 1").query(String.class).optional()
                .map(text -> json.readValue(text, ReconciliationReport.class));
    }

    private void check(Kind kind, String sql, Instant now, Map<Kind, Long> counts, List<Finding> findings) {
        long[] total = {0};
        var statement = jdbc.sql(sql).param("limit", LISTED);
        if (sql.contains(":now")) {
            statement = statement.param("now", Timestamp.from(now));
        }
        statement.query(rs -> {
            total[0] = rs.getLong(3);
            findings.add(new Finding(kind, rs.getString(1), rs.getString(2)));
        });
        counts.put(kind, total[0]);
    }
}

package uk.peel.bench;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads year-shaped crime recording data straight into the database — crime-related incidents closed through the
 * year, their referrals taken, their decisions (four in five recorded, one in a hundred late), their crimes with a
 * first version, and approved reclassifications and cancellations — so the reconciliation can be timed at a large
 * force's volume without simulating every call through the services (hours at that size). Everything it writes is
 * as the services would have written it, as far as the reconciliation reads; it is measurement data, never demo data.
 */
final class BulkYear {

    private final JdbcClient jdbc;

    BulkYear(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads {@code n} crime-related closures between {@code from} and {@code to}; answers the crimes written. */
    long load(long n, Instant from, Instant to) {
        jdbc.sql("drop table if exists bench_bulk").update();
        jdbc.sql("""
                        create unlogged table bench_bulk as
                        select g, gen_random_uuid() as incident, gen_random_uuid() as decision, gen_random_uuid() as crime,
                               :from::timestamptz + (:to::timestamptz - :from::timestamptz) * (g::float8 / :n) as closed,
                               (hashint8(g) & 1023) as r
                          from generate_series(1, :n) g""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("n", n).update();
        jdbc.sql("""
                        insert into incident (id, reference, version, status, grade, opening_category, call_started_at, created_at,
                                              created_by, closed_at, closing_category, crime_related, details, updated_at)
                        select incident, 'BULK-' || g, 2, 'CLOSED', '3', 'CRIME_THEFT', closed - interval '1 hour',
                               closed - interval '1 hour', 'bench-bulk', closed, 'CRIME_THEFT', true, '{}'::jsonb, closed
                          from bench_bulk""").update();
        jdbc.sql("""
                        insert into crime_recording_referral (incident_id, closing_category, closed_at, decision_due_at, taken_at)
                        select incident, 'CRIME_THEFT', closed, closed + interval '24 hours', closed + interval '1 second'
                          from bench_bulk""").update();
        // r in 0..1023: < 820 recorded, else not a crime; < 10 decided late.
        jdbc.sql("""
                        insert into crime_recording_decision (id, channel, incident_id, source_reference, reported_at, due_at,
                               opened_at, opened_by, status, decided_at, decided_by, no_crime_reason, no_crime_explanation, report)
                        select decision, 'INCIDENT', incident, 'BULK-' || g, closed, closed + interval '24 hours',
                               closed + interval '1 second', 'system', case when r < 820 then 'RECORDED' else 'NOT_A_CRIME' end,
                               closed + case when r < 10 then interval '30 hours' else interval '2 hours' end, 'bench-bulk',
                               case when r < 820 then null else 'CREDIBLE_EVIDENCE_NO_CRIME' end,
                               case when r < 820 then null else 'Bulk: no crime' end, '{"summary":"bulk"}'::jsonb
                          from bench_bulk""").update();
        long crimes = jdbc.sql("""
                        insert into crime (id, crn, version, decision_id, classification, status, victim_id, allocated_to,
                                           recorded_at, recorded_by, updated_at, details)
                        select crime, 'BULK-' || g, case when r between 820 - 45 and 819 then 2 else 1 end, decision, '49',
                               case when r between 820 - 15 and 819 then 'CANCELLED' else 'RECORDED' end, null, null,
                               closed + interval '2 hours', 'bench-bulk', closed + interval '2 hours', '{}'::jsonb
                          from bench_bulk where r < 820""").update();
        jdbc.sql("""
                        insert into crime_version (crime_id, version, at, by_user, change, classification, status, document)
                        select crime, 1, closed + interval '2 hours', 'bench-bulk', 'Recorded', '49', 'RECORDED', '{}'::jsonb
                          from bench_bulk where r < 820""").update();
        // The 45 per 1,024 just below 820 changed once more: 15 cancelled, 30 reclassified from 49 to 46, each approved.
        jdbc.sql("""
                        insert into crime_version (crime_id, version, at, by_user, change, classification, status, document)
                        select crime, 2, closed + interval '3 days', 'bench-ddm', 'changed',
                               case when r >= 820 - 15 then '49' else '46' end,
                               case when r >= 820 - 15 then 'CANCELLED' else 'RECORDED' end, '{}'::jsonb
                          from bench_bulk where r between 820 - 45 and 819""").update();
        jdbc.sql("update crime set classification = '46' where id in (select crime from bench_bulk where r between 820 - 45 and 820 - 16)")
                .update();
        jdbc.sql("""
                        insert into crime_change_request (id, crime_id, kind, reason, explanation, new_classification, requested_at,
                               requested_by, status, decided_at, decided_by)
                        select gen_random_uuid(), crime, case when r >= 820 - 15 then 'CANCELLATION' else 'RECLASSIFICATION' end,
                               case when r >= 820 - 15 then 'C3_DUPLICATE' else 'ADDITIONAL_VERIFIABLE_INFORMATION' end, 'bulk',
                               case when r >= 820 - 15 then null else '46' end, closed + interval '2 days', 'bench-investigator',
                               'APPROVED', closed + interval '3 days', 'bench-ddm'
                          from bench_bulk where r between 820 - 45 and 819""").update();
        jdbc.sql("drop table bench_bulk").update();
        jdbc.sql("analyze").update();
        return crimes;
    }
}

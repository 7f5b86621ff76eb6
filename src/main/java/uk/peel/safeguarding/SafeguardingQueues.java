package uk.peel.safeguarding;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safeguarding queues: per team and force-wide, counted in the database at the moment asked. A queue lists
 * notices without the people they name, so looking at a queue is not a consultation of personal data.
 */
@Service
public class SafeguardingQueues {

    private final JdbcClient jdbc;
    private final PpnStore store;
    private final SafeguardingPolicy policy;

    SafeguardingQueues(JdbcClient jdbc, PpnStore store, SafeguardingPolicy policy) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
    }

    /** Every team's queue at {@code now}, in the order the force lists its teams. */
    @Transactional(readOnly = true)
    public List<TeamQueue> summaries(Instant now) {
        Map<String, TeamQueue> byTeam = new java.util.HashMap<>();
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                        select p.team,
                               count(*) as open,
                               count(*) filter (where p.assessment_due_at is not null and p.assessed_at is null) as awaiting_assessment,
                               count(*) filter (where p.triaged_at is null) as awaiting_triage,
                               count(*) filter (where p.raised_at > :at::timestamptz - interval '4 hours') as band0,
                               count(*) filter (where p.raised_at <= :at::timestamptz - interval '4 hours' and p.raised_at > :at::timestamptz - interval '1 day') as band1,
                               count(*) filter (where p.raised_at <= :at::timestamptz - interval '1 day' and p.raised_at > :at::timestamptz - interval '3 days') as band2,
                               count(*) filter (where p.raised_at <= :at::timestamptz - interval '3 days' and p.raised_at > :at::timestamptz - interval '7 days') as band3,
                               count(*) filter (where p.raised_at <= :at::timestamptz - interval '7 days') as band4,
                               count(*) filter (where (p.assessment_due_at is not null and coalesce(p.assessed_at, :at) > p.assessment_due_at)
                                                   or coalesce(p.triaged_at, :at) > p.triage_due_at) as breached,
                               count(*) filter (where p.risk = 'HIGH') as high_risk,
                               min(p.raised_at) as oldest
                          from ppn p where p.status <> 'CLOSED' and p.raised_at <= :at group by p.team""")
                .param("at", at)
                .query((rs, row) -> new TeamQueue(rs.getString("team"), policy.teamName(rs.getString("team")), rs.getLong("open"),
                        rs.getLong("awaiting_assessment"), rs.getLong("awaiting_triage"),
                        List.of(rs.getLong("band0"), rs.getLong("band1"), rs.getLong("band2"), rs.getLong("band3"), rs.getLong("band4")),
                        rs.getLong("breached"), rs.getLong("high_risk"), PpnStore.instant(rs, "oldest"), null, 0, 0, 0))
                .list().forEach(queue -> byTeam.put(queue.team(), queue));
        List<TeamQueue> queues = new ArrayList<>();
        for (SafeguardingPolicy.Team team : policy.teams()) {
            TeamQueue counted = byTeam.get(team.code());
            String oldest = counted == null || counted.oldestRaisedAt() == null ? null : jdbc.sql("""
                            select reference from ppn where team = :team and status <> 'CLOSED' and raised_at <= :at
                             order by raised_at limit 1""").param("team", team.code()).param("at", at).query(String.class).optional().orElse(null);
            long raised = count("select count(*) from ppn where team = :team and raised_at > :since and raised_at <= :at", team.code(), now);
            long closed = count("select count(*) from ppn where team = :team and closed_at > :since and closed_at <= :at", team.code(), now);
            long escalations = jdbc.sql("""
                            select count(*) from ppn_alert a join ppn p on p.id = a.ppn_id
                             where p.team = :team and a.acknowledged_at is null""").param("team", team.code()).query(Long.class).single();
            queues.add(counted == null
                    ? new TeamQueue(team.code(), team.name(), 0, 0, 0, List.of(0L, 0L, 0L, 0L, 0L), 0, 0, null, null, raised, closed, escalations)
                    : new TeamQueue(team.code(), team.name(), counted.open(), counted.awaitingAssessment(), counted.awaitingTriage(),
                    counted.ageBands(), counted.breached(), counted.highRisk(), counted.oldestRaisedAt(), oldest, raised, closed, escalations));
        }
        return queues;
    }

    private long count(String sql, String team, Instant now) {
        return jdbc.sql(sql).param("team", team).param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("at", Timestamp.from(now)).query(Long.class).single();
    }

    /** A team's open notices, oldest first, with their clocks at {@code now}. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(String team, Instant now, int limit) {
        return store.open(team, limit).stream().map(ppn -> new QueueItem(ppn, ppn.clockAt(now))).toList();
    }

    /** One force day of a team's queue: notices raised and closed that day, and open at its end. */
    public record Day(java.time.LocalDate day, long raised, long closed, long openAtEnd) {
    }

    /** The team's last {@code days} force days, oldest first, today (so far) last: is the backlog growing? */
    @Transactional(readOnly = true)
    public List<Day> trend(String team, Instant now, int days) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, uk.peel.platform.ForceTime.ZONE);
        return jdbc.sql("""
                        with d as (select day::date as day,
                                          (day at time zone 'Europe/London') as starts,
                                          least((day + interval '1 day') at time zone 'Europe/London', :now::timestamptz) as ends
                                     from generate_series(:from::date, :to::date, interval '1 day') as day)
                        select d.day,
                               (select count(*) from ppn p where p.team = :team and p.raised_at >= d.starts and p.raised_at < d.ends) as raised,
                               (select count(*) from ppn p where p.team = :team and p.closed_at >= d.starts and p.closed_at < d.ends) as closed,
                               (select count(*) from ppn p where p.team = :team and p.raised_at < d.ends
                                   and (p.closed_at is null or p.closed_at >= d.ends)) as open_at_end
                          from d order by d.day""")
                .param("team", team).param("now", Timestamp.from(now))
                .param("from", java.sql.Date.valueOf(today.minusDays(days - 1))).param("to", java.sql.Date.valueOf(today))
                .query((rs, row) -> new Day(rs.getObject("day", java.time.LocalDate.class), rs.getLong("raised"), rs.getLong("closed"),
                        rs.getLong("open_at_end")))
                .list();
    }

    /** One notice on a queue: no names, just what the team needs to pick the next one. */
    public record QueueItem(Ppn ppn, PpnClock clock) {
    }
}

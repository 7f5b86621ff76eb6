package uk.peel.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A year of a force's safeguarding demand and what its teams make of it, simulated hour by hour: every notice is
 * raised at a random moment of the year; a domestic-abuse notice is risk assessed by the attending officer within
 * 20 hours (inside its 24-hour service level), after which it can be triaged; each team triages a fixed number of
 * notices a day, spread over the day (teams work round the clock), always the one due soonest; a triaged notice
 * closes 1 to 10 days later. The result is every notice as Peel would hold it at the end of the year, and when the
 * first breach happened: with too little capacity it is on the first day, not months later.
 *
 * <p>Shares follow the issue: 60,000 domestic-abuse incidents and 40,000 other notices a year for a large force;
 * risk: domestic abuse 15% high, 35% medium after DASH; others 10% high, 40% medium. Service levels are Peel's
 * defaults (DASH within 24 hours; triage within 4, 8, 24 hours by risk from when the notice reached the team: raised,
 * or for domestic abuse risk assessed).
 */
final class SafeguardingYear {

    static final Duration YEAR = Duration.ofDays(365);
    static final Map<String, Duration> TRIAGE_WITHIN = Map.of("HIGH", Duration.ofHours(4), "MEDIUM", Duration.ofHours(8),
            "STANDARD", Duration.ofHours(24));
    static final Duration ASSESS_WITHIN = Duration.ofHours(24);
    private static final String[] OTHER_TYPES = {"CHILD_CONCERN", "ADULT_AT_RISK", "MENTAL_HEALTH", "OTHER"};
    private static final double[] OTHER_SHARES = {0.40, 0.25, 0.30, 0.05};

    /** One notice as simulated: times are null where that step had not happened by the end of the year. */
    record Notice(int number, String type, String team, String risk, Instant raisedAt, Instant assessmentDueAt,
                  Instant assessedAt, Instant triageDueAt, Instant triagedAt, Instant closedAt) {

        boolean domesticAbuse() {
            return assessmentDueAt != null;
        }

        /** Eligible for triage: raised, and risk assessed where it needs to be. */
        Instant readyAt() {
            return domesticAbuse() ? assessedAt : raisedAt;
        }

        boolean breachedAt(Instant now) {
            boolean assessmentLate = assessmentDueAt != null && (assessedAt == null ? now.isAfter(assessmentDueAt)
                    : assessedAt.isAfter(assessmentDueAt));
            boolean triageLate = triagedAt == null ? now.isAfter(triageDueAt) : triagedAt.isAfter(triageDueAt);
            return assessmentLate || triageLate;
        }

        Notice triaged(Instant at) {
            return new Notice(number, type, team, risk, raisedAt, assessmentDueAt, assessedAt, triageDueAt, at, closedAt);
        }

        Notice closed(Instant at) {
            return new Notice(number, type, team, risk, raisedAt, assessmentDueAt, assessedAt, triageDueAt, triagedAt, at);
        }
    }

    /**
     * The period's outcome. {@code firstBreachHours}: hours from the start to the first breach (-1: none);
     * {@code breachesByTwelfth}: breaches by when they happened, in twelve equal parts of the period (months of a year).
     */
    record Result(List<Notice> notices, Instant end, long breaches, double firstBreachHours, long[] breachesByTwelfth,
                  long openAtEnd, long untriagedAtEnd) {
    }

    private SafeguardingYear() {
    }

    /**
     * The notices raised over {@code period} (a year, or a shorter stretch at the same rate for a quick run), not yet
     * worked, ending at {@code end}.
     */
    static List<Notice> demand(int domesticAbuse, int other, Instant end, Duration period, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = end.minus(period);
        List<Notice> notices = new ArrayList<>(domesticAbuse + other);
        for (int i = 0; i < domesticAbuse + other; i++) {
            Instant raised = start.plusSeconds(random.nextLong(period.toSeconds()));
            boolean da = i < domesticAbuse;
            double r = random.nextDouble();
            String risk = da ? (r < 0.15 ? "HIGH" : r < 0.50 ? "MEDIUM" : "STANDARD") : (r < 0.10 ? "HIGH" : r < 0.50 ? "MEDIUM" : "STANDARD");
            String type = da ? "DOMESTIC_ABUSE" : otherType(random.nextDouble());
            Instant assessed = da ? raised.plusSeconds(900 + random.nextLong(Duration.ofHours(20).toSeconds() - 900)) : null;
            notices.add(new Notice(i + 1, type, da ? "DAU" : "MASH", risk, raised, da ? raised.plus(ASSESS_WITHIN) : null,
                    assessed != null && assessed.isAfter(end) ? null : assessed,
                    (da ? (assessed.isAfter(end) ? raised.plus(ASSESS_WITHIN) : assessed) : raised).plus(TRIAGE_WITHIN.get(risk)), null, null));
        }
        notices.sort(Comparator.comparing(Notice::raisedAt));
        return notices;
    }

    private static String otherType(double r) {
        double sum = 0;
        for (int i = 0; i < OTHER_TYPES.length; i++) {
            sum += OTHER_SHARES[i];
            if (r < sum) {
                return OTHER_TYPES[i];
            }
        }
        return OTHER_TYPES[OTHER_TYPES.length - 1];
    }

    /** The teams work the period's demand with this many triages a day each. */
    static Result work(List<Notice> demand, Map<String, Integer> perDay, Instant end, Duration period, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5AFE);
        Instant start = end.minus(period);
        Notice[] byNumber = new Notice[demand.size() + 1];
        demand.forEach(n -> byNumber[n.number()] = n);
        List<Notice> ready = new ArrayList<>(demand.stream().filter(n -> n.readyAt() != null).toList());
        ready.sort(Comparator.comparing(Notice::readyAt));
        Map<String, PriorityQueue<Notice>> queues = Map.of("DAU", new PriorityQueue<>(Comparator.comparing(Notice::triageDueAt)),
                "MASH", new PriorityQueue<>(Comparator.comparing(Notice::triageDueAt)));
        Map<String, double[]> credit = Map.of("DAU", new double[1], "MASH", new double[1]);
        int next = 0;
        for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
            Instant hourEnd = hour.plus(Duration.ofHours(1)).isAfter(end) ? end : hour.plus(Duration.ofHours(1));
            while (next < ready.size() && ready.get(next).readyAt().isBefore(hourEnd)) {
                Notice n = ready.get(next++);
                queues.get(n.team()).add(n);
            }
            for (String team : queues.keySet()) {
                double[] c = credit.get(team);
                c[0] += perDay.getOrDefault(team, 0) / 24.0;
                int slots = (int) c[0];
                c[0] -= slots;
                PriorityQueue<Notice> queue = queues.get(team);
                long step = slots == 0 ? 0 : Duration.between(hour, hourEnd).toSeconds() / (slots + 1);
                for (int k = 0; k < slots && !queue.isEmpty(); k++) {
                    Notice n = queue.poll();
                    Instant at = hour.plusSeconds(step * (k + 1));
                    if (at.isBefore(n.readyAt())) {
                        at = n.readyAt();
                    }
                    Notice triaged = n.triaged(at);
                    Instant close = at.plus(Duration.ofHours(24 + random.nextLong(24 * 9)));
                    byNumber[n.number()] = close.isBefore(end) ? triaged.closed(close) : triaged;
                }
            }
        }
        List<Notice> worked = new ArrayList<>(demand.size());
        long breaches = 0;
        long[] byMonth = new long[12];
        Instant firstBreach = null;
        long open = 0;
        long untriaged = 0;
        for (int i = 1; i < byNumber.length; i++) {
            Notice n = byNumber[i];
            worked.add(n);
            if (n.closedAt() == null) {
                open++;
            }
            if (n.triagedAt() == null) {
                untriaged++;
            }
            if (n.breachedAt(end)) {
                breaches++;
                Instant when = breachMoment(n);
                byMonth[(int) Math.min(11, Math.max(0, Duration.between(start, when).toSeconds() * 12 / period.toSeconds()))]++;
                if (firstBreach == null || when.isBefore(firstBreach)) {
                    firstBreach = when;
                }
            }
        }
        return new Result(worked, end, breaches, firstBreach == null ? -1 : Duration.between(start, firstBreach).toMinutes() / 60.0,
                byMonth, open, untriaged);
    }

    /** When a breached notice became visibly breached: the first service level it passed. */
    private static Instant breachMoment(Notice n) {
        boolean assessmentLate = n.assessmentDueAt() != null && (n.assessedAt() == null || n.assessedAt().isAfter(n.assessmentDueAt()));
        return assessmentLate && n.assessmentDueAt().isBefore(n.triageDueAt()) ? n.assessmentDueAt() : n.triageDueAt();
    }

    /** Mean notices a day for a team over the period. */
    static double dailyDemand(List<Notice> demand, String team, Duration period) {
        return demand.stream().filter(n -> n.team().equals(team)).count() * 86_400.0 / period.toSeconds();
    }
}

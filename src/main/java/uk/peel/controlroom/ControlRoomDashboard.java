package uk.peel.controlroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.incident.GradingScheme;
import uk.peel.incident.Incident;
import uk.peel.incident.Incidents;
import uk.peel.platform.ForceTime;

/**
 * The control room's performance over the last hour and the current shift: incidents created, time from answering
 * the call to creating the incident, time to assign and to attend by grade against the grade's target, and
 * escalations. Computed from the incidents themselves, so it always agrees with the boards.
 */
@Service
public class ControlRoomDashboard {

    private final Incidents incidents;
    private final CrimeRecordingReferrals referrals;
    private final uk.peel.crime.CrimeRecordingDecisions decisions;
    private final Clock clock;
    private final List<LocalTime> shiftStarts;

    ControlRoomDashboard(Incidents incidents, CrimeRecordingReferrals referrals, uk.peel.crime.CrimeRecordingDecisions decisions,
                         Clock clock, @Value("${peel.control-room.shift-starts:07:00,15:00,23:00}") List<LocalTime> shiftStarts) {
        this.incidents = incidents;
        this.referrals = referrals;
        this.decisions = decisions;
        this.clock = clock;
        this.shiftStarts = shiftStarts.stream().sorted().toList();
    }

    /** Count, median and 90th percentile of a set of durations (null where there are none). */
    public record Spread(int count, Duration median, Duration p90) {
        static Spread of(List<Duration> durations) {
            if (durations.isEmpty()) {
                return new Spread(0, null, null);
            }
            List<Duration> sorted = durations.stream().sorted().toList();
            return new Spread(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
        }

        private static Duration rank(List<Duration> sorted, double quantile) {
            return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
        }
    }

    /** One grade's figures. {@code withinTarget} counts attendances that met the grade's target. */
    public record GradeFigures(String grade, String name, int created, Spread toAssign, Spread toAttend,
                               int withinTarget, int breached, Duration target) {
    }

    public record Period(String label, Instant since, int created, int closed, int open, Spread callToCreate,
                         List<GradeFigures> grades, long escalations) {
    }

    /**
     * @param crimeReferralsPending crime recording decisions still to make, counting referrals crime recording has
     *        not yet taken
     * @param crimeReferralsOverdue of those, the ones past their 24-hour deadline
     */
    public record Figures(Period lastHour, Period shift, int crimeReferralsPending, int crimeReferralsOverdue) {
    }

    public Figures figures() {
        Instant now = clock.instant();
        Instant shiftStart = shiftStart(now);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        List<Incident> sinceShift = incidents.createdSince(shiftStart.isBefore(hourAgo) ? shiftStart : hourAgo);
        var pending = referrals.pending();
        long due = pending.size() + decisions.countDue();
        long overdue = pending.stream().filter(r -> r.isOverdue(now)).count() + decisions.countBreachedAt(now);
        return new Figures(period("Last hour", hourAgo, sinceShift, now), period("This shift", shiftStart, sinceShift, now),
                (int) due, (int) overdue);
    }

    Instant shiftStart(Instant now) {
        ZonedDateTime local = now.atZone(ForceTime.ZONE);
        Optional<LocalTime> today = shiftStarts.stream().filter(start -> !start.isAfter(local.toLocalTime()))
                .max(Comparator.naturalOrder());
        return today.map(start -> local.with(start).toInstant())
                .orElseGet(() -> local.minusDays(1).with(shiftStarts.getLast()).toInstant());
    }

    private Period period(String label, Instant since, List<Incident> candidates, Instant now) {
        List<Incident> created = candidates.stream().filter(i -> !i.createdAt().isBefore(since)).toList();
        List<GradeFigures> grades = new ArrayList<>();
        for (GradingScheme.Grade grade : incidents.grading().grades()) {
            List<Incident> ofGrade = created.stream().filter(i -> i.grade().equals(grade.code())).toList();
            List<Duration> toAssign = ofGrade.stream().flatMap(i -> i.firstAssignedAt().stream()
                    .map(at -> Duration.between(i.createdAt(), at))).toList();
            List<Duration> toAttend = ofGrade.stream().flatMap(i -> i.firstArrivedAt().stream()
                    .map(at -> Duration.between(i.createdAt(), at))).toList();
            int within = grade.attendWithin() == null ? 0
                    : (int) toAttend.stream().filter(d -> d.compareTo(grade.attendWithin()) <= 0).count();
            int breached = (int) ofGrade.stream().filter(i -> i.clockAt(now, grade).attendanceBreached()).count();
            grades.add(new GradeFigures(grade.code(), grade.name(), ofGrade.size(), Spread.of(toAssign), Spread.of(toAttend),
                    within, breached, grade.attendWithin()));
        }
        return new Period(label, since, created.size(), (int) created.stream().filter(Incident::isClosed).count(),
                (int) created.stream().filter(i -> !i.isClosed()).count(),
                Spread.of(created.stream().map(Incident::callToCreate).toList()), grades, incidents.alertsRaisedSince(since));
    }
}

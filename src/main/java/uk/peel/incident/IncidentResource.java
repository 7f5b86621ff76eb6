package uk.peel.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;


/** An incident as the API shows it, with its clock against the grade's targets at the time of the answer. */
public record IncidentResource(String id, String reference, int version, String status, String grade,
                               String openingCategory, Instant callStartedAt, Instant createdAt, String createdBy,
                               Caller caller, IncidentLocation location, Thrive thrive, Set<SafeguardingFlag> safeguarding,
                               String account, List<Attendance> attendances, Closure closure, String linkedTo,
                               Clock clock) {

    /** The grade clock: seconds open, attendance due, and whether it is breached or escalated. */
    public record Clock(long secondsOpen, Instant attendDue, Long secondsToTarget, boolean attended,
                        boolean attendanceBreached, boolean awaitingUnitEscalation) {
    }

    public static IncidentResource of(Incident incident, GradingScheme grading, Instant now, boolean withCaller) {
        GradingScheme.Grade grade = grading.find(incident.grade()).orElse(null);
        IncidentClock clock = incident.clockAt(now, grade);
        return new IncidentResource(incident.id().toString(), incident.reference(), incident.version(),
                incident.status().name(), incident.grade(), incident.openingCategory(), incident.callStartedAt(),
                incident.createdAt(), incident.createdBy(), withCaller ? incident.caller() : null, incident.location(),
                incident.thrive(), incident.safeguarding(), incident.account(), incident.attendances(), incident.closure(),
                incident.linkedTo() == null ? null : incident.linkedTo().toString(),
                new Clock(clock.open().toSeconds(), clock.attendDue(), clock.remaining(now).map(Duration::toSeconds).orElse(null),
                        clock.attended(), clock.attendanceBreached(), clock.escalateUnassigned()));
    }
}

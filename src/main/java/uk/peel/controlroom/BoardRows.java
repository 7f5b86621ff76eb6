package uk.peel.controlroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.peel.incident.GradingScheme;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentAlert;
import uk.peel.incident.IncidentCategory;
import uk.peel.incident.IncidentClock;
import uk.peel.incident.Incidents;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.resource.Unit;

/** Turns incidents, units and alerts into board rows: one place, so the first page and live updates agree. */
@Component
public class BoardRows {

    private final Incidents incidents;
    private final Clock clock;

    BoardRows(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    public BoardRow.IncidentRow of(Incident incident, Instant at) {
        GradingScheme.Grade grade = incidents.grading().find(incident.grade()).orElse(null);
        IncidentClock clockNow = incident.clockAt(clock.instant(), grade);
        return new BoardRow.IncidentRow("incident", at, incident.id().toString(), incident.reference(), incident.grade(),
                incident.status().name(), incident.status().label(),
                incidents.categories().find(incident.openingCategory()).map(IncidentCategory::label).orElse(incident.openingCategory()),
                incident.location().describe(), incident.location().latitude(), incident.location().longitude(),
                incident.createdAt(), clockNow.attendDue(), clockNow.attendanceBreached(), clockNow.escalateUnassigned(),
                incident.activeUnits(), incident.safeguarding().stream().map(SafeguardingFlag::label).sorted().toList());
    }

    public BoardRow.UnitRow of(Unit unit, String incidentReference, Instant at) {
        return new BoardRow.UnitRow("unit", at, unit.callSign(), unit.type().label(), unit.status().name(),
                unit.status().label(), incidentReference, unit.incidentId() == null ? null : unit.incidentId().toString(),
                unit.position() == null ? null : unit.position().latitude(),
                unit.position() == null ? null : unit.position().longitude(),
                unit.position() == null ? null : unit.position().at(), unit.crew());
    }

    public BoardRow.AlertRow of(IncidentAlert alert) {
        return new BoardRow.AlertRow("alert", alert.raisedAt(), alert.incidentId().toString(), alert.reference(),
                alert.kind().label(), alert.role().title(), alert.message());
    }

    /** The open incidents in queue order: highest grade first, then oldest first. */
    public List<BoardRow.IncidentRow> queue() {
        Instant now = clock.instant();
        return incidents.open().stream()
                .sorted(java.util.Comparator.comparing(Incident::grade).thenComparing(Incident::createdAt))
                .map(incident -> of(incident, now)).toList();
    }
}

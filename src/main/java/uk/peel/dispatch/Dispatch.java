package uk.peel.dispatch;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.incident.Incident;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitStatus;

/**
 * Sends units and moves them through their work, keeping each unit's status and its incident's attendance in
 * step: both change in one transaction or neither does. The dispatcher's keys (assign, en route, at scene, clear)
 * and devices' status reports both come here.
 */
@Service
public class Dispatch {

    private final Incidents incidents;
    private final Resources resources;

    Dispatch(Incidents incidents, Resources resources) {
        this.incidents = incidents;
        this.resources = resources;
    }

    /** Sends a unit to an incident. A unit committed elsewhere is diverted: cleared from its incident first. */
    @Transactional
    public Incident assign(IncidentId incidentId, String callSign) {
        Unit unit = resources.find(callSign);
        if (unit.status() == UnitStatus.OFF_DUTY) {
            throw new InvalidInputException(List.of(new FieldProblem("callSign", unit.callSign() + " is off duty")));
        }
        String reason = null;
        if (unit.incidentId() != null && !unit.incidentId().equals(incidentId.value())) {
            Incident previous = incidents.find(new IncidentId(unit.incidentId()));
            if (!previous.isClosed() && previous.activeAttendance(unit.callSign()).isPresent()) {
                incidents.unitCleared(previous.id(), unit.callSign());
            }
            reason = "diverted from " + previous.reference();
        }
        Incident incident = incidents.unitAssigned(incidentId, unit.callSign(), reason);
        resources.changeStatus(unit.callSign(), UnitStatus.ASSIGNED, incidentId.value(), "to " + incident.reference());
        return incident;
    }

    /**
     * Sets a unit's status, from a dispatcher's key or a device. En route and at scene apply to the incident the unit
     * is assigned to; available (clear) ends its attendance there.
     */
    @Transactional
    public Unit status(String callSign, UnitStatus status, String note) {
        Unit unit = resources.find(callSign);
        UUID incident = unit.incidentId();
        switch (status) {
            case ASSIGNED -> throw new InvalidInputException(List.of(new FieldProblem("status",
                    "assign a unit from the incident, so Peel knows which incident it is going to")));
            case EN_ROUTE, AT_SCENE -> {
                if (incident == null) {
                    throw new InvalidInputException(List.of(new FieldProblem("status",
                            unit.callSign() + " is not assigned to an incident: assign it first")));
                }
                IncidentId id = new IncidentId(incident);
                if (status == UnitStatus.EN_ROUTE) {
                    incidents.unitEnRoute(id, unit.callSign());
                } else {
                    incidents.unitArrived(id, unit.callSign());
                }
            }
            default -> {
                if (incident != null) {
                    Incident committed = incidents.find(new IncidentId(incident));
                    if (!committed.isClosed() && committed.activeAttendance(unit.callSign()).isPresent()) {
                        incidents.unitCleared(committed.id(), unit.callSign());
                    }
                }
            }
        }
        return resources.changeStatus(unit.callSign(), status, incident, note);
    }

    /**
     * Closes an incident and frees the units still on it (they become available), so no unit is left showing as
     * committed to a closed incident.
     */
    @Transactional
    public Incident close(IncidentId incidentId, Incidents.ClosureRequest closure) {
        List<String> onScene = incidents.find(incidentId).activeUnits();
        Incident closed = incidents.close(incidentId, closure);
        for (String callSign : onScene) {
            Unit unit = resources.find(callSign);
            if (incidentId.value().equals(unit.incidentId())) {
                resources.changeStatus(callSign, UnitStatus.AVAILABLE, null, "incident " + closed.reference() + " closed");
            }
        }
        return closed;
    }
}

package uk.peel.resource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A unit the control room can send: a call sign with a type, the skills its crew brings (taser, public order,
 * advanced driver...), the crew, the shift it is on, its status and last known position.
 *
 * @param incidentId the incident it is committed to while assigned, en route or at scene
 */
public record Unit(String callSign, int version, UnitType type, Set<String> skills, List<String> crew,
                   Instant shiftStart, Instant shiftEnd, UnitStatus status, Instant statusSince, UUID incidentId,
                   Position position, Instant updatedAt) {

    public Unit {
        skills = Set.copyOf(skills);
        crew = List.copyOf(crew);
    }

    public boolean isOnShift(Instant at) {
        return (shiftStart == null || !at.isBefore(shiftStart)) && (shiftEnd == null || at.isBefore(shiftEnd));
    }

    public boolean isAvailable(Instant at) {
        return status == UnitStatus.AVAILABLE && isOnShift(at);
    }

    Unit withStatus(UnitStatus next, UUID incident, Instant at) {
        return new Unit(callSign, version + 1, type, skills, crew, shiftStart, shiftEnd, next,
                next == status ? statusSince : at, next.isCommitted() ? incident : null, position, at);
    }

    Unit at(Position reported, Instant at) {
        return new Unit(callSign, version + 1, type, skills, crew, shiftStart, shiftEnd, status, statusSince,
                incidentId, reported, at);
    }

    Unit bookedOn(UnitType newType, Set<String> newSkills, List<String> newCrew, Instant start, Instant end, Instant at) {
        return new Unit(callSign, version + 1, newType, newSkills, newCrew, start, end, status, statusSince, incidentId,
                position, at);
    }
}

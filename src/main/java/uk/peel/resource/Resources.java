package uk.peel.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * The resource module's API: put units on the board, book them on for a shift, record their status and
 * position. Each change is logged with who made it.
 */
@Service
public class Resources {

    private final UnitStore store;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Resources(UnitStore store, InputValidation validation, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /** Puts a unit on the board, or books an existing one on again with this crew, type, skills and shift. */
    @Transactional
    public Unit register(UnitRegistration registration) {
        validation.check(registration);
        if (registration.shiftStart() != null && registration.shiftEnd() != null
                && !registration.shiftEnd().isAfter(registration.shiftStart())) {
            throw new InvalidInputException(List.of(new FieldProblem("shiftEnd", "must be after the start of the shift")));
        }
        Instant now = now();
        Unit unit = store.findForUpdate(registration.callSign()).map(existing -> existing.bookedOn(registration.type(),
                        registration.skills(), registration.crew(), registration.shiftStart(), registration.shiftEnd(), now))
                .orElse(null);
        if (unit == null) {
            unit = new Unit(registration.callSign(), 1, registration.type(), registration.skills(), registration.crew(),
                    registration.shiftStart(), registration.shiftEnd(), UnitStatus.AVAILABLE, now, null, null, now);
            store.insert(unit);
            store.log(unit, CurrentUser.username(), "Put on the board as " + unit.type().label());
        } else {
            store.update(unit);
            store.log(unit, CurrentUser.username(), "Booked on: " + unit.type().label() + ", crew " + String.join(", ", unit.crew()));
        }
        changed(unit);
        return unit;
    }

    @Transactional(readOnly = true)
    public Unit find(String callSign) {
        return store.find(normalise(callSign)).orElseThrow(() -> new UnitNotFoundException(callSign));
    }

    /** Several units at once, by call sign as stored (those that exist). */
    @Transactional(readOnly = true)
    public Map<String, Unit> findAll(Collection<String> callSigns) {
        return callSigns.isEmpty() ? Map.of()
                : store.findAll(callSigns).stream().collect(Collectors.toMap(Unit::callSign, unit -> unit));
    }

    @Transactional(readOnly = true)
    public List<Unit> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public List<Unit> available() {
        Instant now = now();
        return store.withStatus(UnitStatus.AVAILABLE).stream().filter(unit -> unit.isAvailable(now)).toList();
    }

    /**
     * Sets a unit's status. A committed status (assigned, en route, at scene) needs the incident; going to any
     * other status frees the unit from its incident. Dispatch calls this together with the incident's change.
     */
    @Transactional
    public Unit changeStatus(String callSign, UnitStatus status, UUID incidentId, String note) {
        if (status == null) {
            throw new InvalidInputException(List.of(new FieldProblem("status", "choose a status")));
        }
        Unit unit = lock(callSign);
        if (status.isCommitted() && incidentId == null && unit.incidentId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("status",
                    status.label() + " needs an incident: assign " + unit.callSign() + " to an incident first")));
        }
        if (status == unit.status() && (incidentId == null || incidentId.equals(unit.incidentId()))) {
            return unit;
        }
        Unit next = unit.withStatus(status, incidentId != null ? incidentId : unit.incidentId(), now());
        store.update(next);
        store.log(next, CurrentUser.username(), status.label() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        changed(next);
        return next;
    }

    /** Records a position report from a device or a dispatcher. */
    @Transactional
    public Unit reportPosition(String callSign, double latitude, double longitude, Instant at) {
        Unit unit = lock(callSign);
        Instant now = now();
        Instant reported = at == null || at.isAfter(now) ? now : at;
        if (unit.position() != null && !reported.isAfter(unit.position().at())) {
            return unit; // an older report arriving late must not move the unit backwards
        }
        Position position;
        try {
            position = new Position(latitude, longitude, reported);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem("latitude", e.getMessage())));
        }
        Unit next = unit.at(position, now);
        store.update(next);
        changed(next);
        return next;
    }

    public record StatusLogEntry(Instant at, String by, UnitStatus status, UUID incidentId, String text) {
    }

    @Transactional(readOnly = true)
    public List<StatusLogEntry> log(String callSign, int limit) {
        return store.log(normalise(callSign), limit).stream()
                .map(e -> new StatusLogEntry(e.at(), e.by(), e.status(), e.incidentId(), e.text())).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Unit lock(String callSign) {
        return store.findForUpdate(normalise(callSign)).orElseThrow(() -> new UnitNotFoundException(callSign));
    }

    private void changed(Unit unit) {
        events.publishEvent(new UnitChanged(unit.callSign(), unit.version(), unit.status(), unit.updatedAt()));
    }

    static String normalise(String callSign) {
        return callSign == null ? "" : callSign.strip().toUpperCase(java.util.Locale.UK);
    }
}

package uk.peel.resource;

import java.time.Instant;

/** A unit's status, position or crew changed: resource boards and the map redraw it. */
public record UnitChanged(String callSign, int version, UnitStatus status, Instant at) {
}

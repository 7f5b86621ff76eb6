package uk.peel.dispatch;

import java.time.Duration;

import uk.peel.gazetteer.Coordinates;
import uk.peel.resource.Unit;

/**
 * How long a unit would take to reach a place. The default is straight-line distance at the unit type's speed; a
 * force with a routing engine provides its own bean.
 */
public interface TravelTimes {

    Estimate estimate(Unit unit, Coordinates from, Coordinates to);

    /** A travel estimate and how it was made, in words for the dispatcher. */
    record Estimate(Duration time, double kilometres, String method) {
    }
}

package uk.peel.dispatch;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.peel.gazetteer.Coordinates;
import uk.peel.gazetteer.Distance;
import uk.peel.resource.Unit;

/** Straight-line (great-circle) distance at the unit type's average speed. A routing engine replaces it as a {@code @Primary} bean. */
@Component
class StraightLineTravelTimes implements TravelTimes {

    @Override
    public Estimate estimate(Unit unit, Coordinates from, Coordinates to) {
        Distance distance = from.distanceTo(to);
        Duration time = distance.timeAt(unit.type().kilometresPerHour());
        return new Estimate(time, distance.kilometres(), String.format(Locale.UK, "straight line at %s speed (%.0f km/h)",
                unit.type().label().toLowerCase(Locale.UK), unit.type().kilometresPerHour()));
    }
}

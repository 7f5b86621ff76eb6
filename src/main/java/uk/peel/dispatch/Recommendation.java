package uk.peel.dispatch;

import java.time.Duration;
import java.util.List;

import uk.peel.resource.Unit;

/**
 * A unit suggested for an incident, with why: how far, how long, whether it can make the grade's target, and
 * anything that makes it a better or worse choice.
 *
 * @param eta estimated time to arrive, or null where the unit's or the incident's position is unknown
 */
public record Recommendation(Unit unit, Double kilometres, Duration eta, boolean meetsTarget, List<String> reasons) {
}

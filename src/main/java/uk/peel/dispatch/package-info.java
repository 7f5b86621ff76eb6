/**
 * Dispatch: recommending the units to send to an incident, ranked by estimated arrival time with the reason for
 * each, and moving a unit through assigned, en route, at scene and clear, keeping the unit's status and the
 * incident's attendance in step in one transaction. Travel time is pluggable ({@link uk.peel.dispatch.TravelTimes});
 * the default is straight-line distance at the unit type's speed.
 */
package uk.peel.dispatch;

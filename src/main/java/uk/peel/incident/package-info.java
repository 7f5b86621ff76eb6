/**
 * Incidents: call taking, grading and the grade clocks, the incident log, linking a second call to the first,
 * and closure. An incident closed as crime-related is referred for its crime recording decision in the same
 * transaction, so no crime can fall between command and control and crime recording. The root package is the
 * module's API ({@link uk.peel.incident.Incidents}); {@code web} holds its pages and JSON API.
 */
package uk.peel.incident;

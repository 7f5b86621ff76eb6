/**
 * The control room's screens: the incident queue, the resource board and the map, kept live over server-sent
 * events within a second of any change; the call-taking and incident screens; and the control room dashboard.
 * Composes the incident, resource and dispatch modules (and shows the safeguarding notices an incident raised);
 * owns no records of its own.
 */
package uk.peel.controlroom;

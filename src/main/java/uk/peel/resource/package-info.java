/**
 * Resources: the units the control room sends (call sign, type, skills, crew, shift), their status and last known
 * position, reported by dispatchers and by in-vehicle and handheld devices. The root package is the module's API
 * ({@link uk.peel.resource.Resources}); status changes that concern an incident go through dispatch, which
 * keeps the unit and the incident in step.
 */
package uk.peel.resource;

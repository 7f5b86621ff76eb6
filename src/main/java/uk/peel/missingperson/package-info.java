/**
 * Missing persons: the report, risk grading (no apparent risk, low, medium, high) with the information used, who
 * supplied it and when, reviews on a schedule per grade, sightings, found with a return-home interview task,
 * repeat-missing and linked-location flags, and the duty inspector's live list. The root package is the module's
 * API ({@link uk.peel.missingperson.MissingPersons}); {@code web} holds its pages and JSON API. A missing-person flag at
 * call taking opens a report through the incident's persisted event.
 */
package uk.peel.missingperson;

/**
 * Stop and search, and stop and account: the record an officer makes of a stop (PACE Code A) — when and where, who
 * was stopped (linked to their person record where known), under which power, what was looked for, the grounds,
 * the outcome — and any safeguarding concern about the person, which raises a public protection notice through the
 * stop's persisted event. Records are kept in the data.police.uk publication format's terms. The root package is
 * the module's API ({@link uk.peel.stopsearch.Stops}); {@code web} holds its pages and JSON API.
 */
package uk.peel.stopsearch;

/**
 * Publication to data.police.uk: each month's street-level crime file and outcomes file, in the exact format
 * data.police.uk takes, with every crime moved to an anonymous map point and identified by a keyed hash, never its
 * crime reference. Each export is a disclosure, audited with its counts. The root package is the module's API
 * ({@link uk.peel.policeuk.PoliceUkExport}); {@code web} holds its page and API.
 */
package uk.peel.policeuk;

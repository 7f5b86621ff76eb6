/**
 * Crime recording (National Crime Recording Standard): every crime-related report — an incident closed as
 * crime-related, or a report from the front counter, online, a partner agency or a third party — opens a recording
 * decision with a 24-hour clock; the decision records crimes (one per victim, classified under the Home Office
 * notifiable offence list) or says why there is no crime. Crimes keep every version; cancellation and
 * reclassification need an allowed reason and a designated decision maker's approval. A reconciliation proves that
 * no report was dropped. {@code integrity} holds crime data integrity audits (a seeded sample of incidents judged
 * crime by crime, giving the recording rate with its interval) and {@code returns} the Home Office monthly return.
 * The root package is the module's API ({@link uk.peel.crime.CrimeRecordingDecisions},
 * {@link uk.peel.crime.Crimes}, {@link uk.peel.crime.CrimeReconciliation}); {@code web} holds its pages and JSON API.
 */
package uk.peel.crime;

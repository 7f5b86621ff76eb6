/**
 * Crime investigation: each recorded crime's investigation — the officer and team queue it is allocated to, the
 * plan (versioned lines of enquiry), tasks with due dates, supervisor reviews at force-set intervals, contact with
 * the victim at the frequency they chose under the Victims' Code, and the Home Office outcome (versioned, set only by
 * the supervisor or a role allowed to finalise). "My work" lists what is due and overdue. Depends on the crime
 * module's API and events only; the root package is the module's API ({@link uk.peel.investigation.Investigations},
 * {@link uk.peel.investigation.WorkLists}, {@link uk.peel.investigation.OutcomeTypes}); {@code web} holds its pages
 * and JSON API.
 */
package uk.peel.investigation;

/**
 * Safeguarding: public protection notices (PPNs) raised by officers or automatically from an incident's safeguarding
 * flags, the DASH domestic-abuse risk assessment, triage and referral to partner agencies (each an audited
 * disclosure), and per-team queues whose service levels are swept for breaches and escalated. The root package is
 * the module's API ({@link uk.peel.safeguarding.Ppns}); {@code web} holds its pages and JSON API.
 */
package uk.peel.safeguarding;

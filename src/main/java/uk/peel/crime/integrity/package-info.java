/**
 * Crime data integrity (CDI) audits, as HMICFRS audits forces: a reproducible random sample of a period's
 * crime-related incidents, each reviewed and judged crime by crime, giving the recording rate with its 95% Wilson
 * score interval overall and for violence, sexual offences and other crime. Internal to the crime module; its pages
 * are in {@code uk.peel.crime.web}.
 */
package uk.peel.crime.integrity;

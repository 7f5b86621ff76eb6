/**
 * Person (nominal) records: names, aliases, dates of birth, ethnicity, addresses over time, identifiers and
 * warning markers, each correction kept as a new version. The root package is the module's API:
 * {@link uk.peel.person.PersonRecords} and the value types it takes and returns.
 */
package uk.peel.person;

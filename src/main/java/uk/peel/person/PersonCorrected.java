package uk.peel.person;

/** A person record moved to a new version. Published with the transaction that stored it. */
public record PersonCorrected(PersonId personId, int version) {
}

package uk.peel.person;

/** A new person record was created (collected). Published with the transaction that stored it. */
public record PersonRecorded(PersonId personId, int version) {
}

package uk.peel.person;

import java.util.UUID;

/** A merge was undone: both records stand on their own again, each with its own details. */
public record PersonMergeUndone(UUID mergeId, PersonId survivorId, PersonId mergedId) {
}

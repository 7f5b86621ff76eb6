package uk.peel.person;

import java.time.Instant;
import java.util.UUID;

/**
 * Two records of one person combined: {@code merged} now points at {@code survivor}, which holds everything both
 * knew. Kept for ever with what the merged record contributed, who merged them and why, and whether and why the
 * merge was undone.
 */
public record PersonMerge(UUID id, PersonId survivorId, PersonId mergedId, int survivorVersionBefore,
                          int survivorVersionAfter, int mergedVersion, Combination contributed, String reason,
                          Instant mergedAt, String mergedBy, Instant undoneAt, String undoneBy, String undoReason) {

    public boolean undone() {
        return undoneAt != null;
    }
}

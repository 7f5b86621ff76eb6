package uk.peel.person;

import java.util.UUID;

/**
 * A record was merged into another. Modules that link to people (incidents, crimes, safeguarding) follow the
 * merged record's link to the survivor; the search index drops the merged record and re-reads the survivor.
 */
public record PersonsMerged(UUID mergeId, PersonId survivorId, PersonId mergedId) {
}

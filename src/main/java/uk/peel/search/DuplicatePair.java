package uk.peel.search;

import java.time.Instant;
import java.util.List;

import uk.peel.person.PersonId;

/**
 * Two person records that are probably the same person, with the evidence, awaiting (or after) a decision.
 *
 * @param evidence why they look like one person, in the matcher's words
 */
public record DuplicatePair(PersonId first, PersonId second, double score, List<String> evidence, Instant foundAt,
                            Status status, String decidedBy, Instant decidedAt, String decision) {

    public enum Status {
        /** Waiting for someone to compare the records. */
        OPEN,
        /** Someone decided they are different people; the pair is not offered again. */
        DISMISSED,
        /** The records were merged. */
        MERGED
    }

    public DuplicatePair {
        evidence = List.copyOf(evidence);
    }

    /** The same pair always in the same order (lower id first), so it is stored and found once. */
    static DuplicatePair found(PersonId a, PersonId b, double score, List<String> evidence, Instant at) {
        boolean ordered = DuplicatePair.inDatabaseOrder(a, b);
        return new DuplicatePair(ordered ? a : b, ordered ? b : a, score, evidence, at, Status.OPEN, null, null, null);
    }

    /**
     * Whether a sorts before b as PostgreSQL orders uuids (unsigned, byte by byte), which is the order of their
     * lower-case text; Java's UUID.compareTo compares signed halves and would disagree for half of all ids.
     */
    static boolean inDatabaseOrder(PersonId a, PersonId b) {
        return a.value().toString().compareTo(b.value().toString()) < 0;
    }
}

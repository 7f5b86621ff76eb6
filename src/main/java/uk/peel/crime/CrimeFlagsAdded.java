package uk.peel.crime;

import java.time.Instant;
import java.util.Set;

/**
 * An amendment gave a recorded crime Home Office flags it did not have (a crime found later to be domestic abuse):
 * published with the amendment, only when flags were added, so that work raised by a flag (a safeguarding notice)
 * follows an amended crime as it follows a new one.
 */
public record CrimeFlagsAdded(CrimeId crimeId, String crn, int version, Set<CrimeFlag> added, Instant at) {

    public CrimeFlagsAdded {
        added = Set.copyOf(added);
    }
}

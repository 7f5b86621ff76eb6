package uk.peel.person;

import java.util.List;

/**
 * Who already on record might be the person about to be recorded: asked before a new record is created, so that
 * officers add to the existing record rather than start a duplicate. Implemented by the search module; the person
 * module only asks.
 */
public interface LikelyMatches {

    /** A person already on record who may be the same, with how likely and why. */
    record LikelyMatch(Person person, double score, List<String> explanation) {
    }

    /** The people on record most likely to be this person, best first; empty when none is likely. */
    List<LikelyMatch> of(PersonDetails details);
}

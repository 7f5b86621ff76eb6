package uk.peel.namematch;

import java.util.Collections;
import java.util.Set;

/**
 * One folded name part with its sound keys, worked out once. A search compares each query word with every name
 * part of a few hundred candidates; encoding both sides afresh for every comparison was most of the scoring time.
 */
record Spelling(String folded, Set<String> soundKeys) {

    static Spelling of(String folded) {
        return new Spelling(folded, PhoneticKeys.of(folded));
    }

    /** Two spellings sound alike when any Double Metaphone or Daitch–Mokotoff key is shared. */
    boolean soundsLike(Spelling other) {
        return !Collections.disjoint(soundKeys, other.soundKeys);
    }
}

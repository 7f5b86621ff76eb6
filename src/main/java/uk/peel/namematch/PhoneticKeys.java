package uk.peel.namematch;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The sound keys a name is indexed and searched under: both Double Metaphone codes and every Daitch–Mokotoff code,
 * prefixed so the two schemes never collide. Two names that share any key sound alike to one of the schemes.
 */
final class PhoneticKeys {

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final DaitchMokotoffSoundex DAITCH_MOKOTOFF = new DaitchMokotoffSoundex();

    static {
        DOUBLE_METAPHONE.setMaxCodeLen(6);
    }

    private PhoneticKeys() {
    }

    /** The Double Metaphone primary key alone: the commonest way the name is said. */
    static String primary(String folded) {
        return "m:" + DOUBLE_METAPHONE.doubleMetaphone(folded);
    }

    static Set<String> of(String folded) {
        Set<String> keys = new LinkedHashSet<>();
        if (folded.length() < 2) {
            return keys;
        }
        keys.add("m:" + DOUBLE_METAPHONE.doubleMetaphone(folded));
        keys.add("m:" + DOUBLE_METAPHONE.doubleMetaphone(folded, true));
        for (String code : DAITCH_MOKOTOFF.soundex(folded).split("\\|")) {
            keys.add("d:" + code);
        }
        return keys;
    }
}

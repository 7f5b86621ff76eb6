package uk.peel.namematch;

import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How well one name part from a query agrees with one from a record, strongest first, with the words that
 * explain it. Sound-alike uses Double Metaphone (English and many European spellings: Smyth/Smith,
 * Mohamed/Muhammad) and Daitch–Mokotoff (Slavic and Germanic spellings: Kowalski/Kovalsky, Schmidt/Schmitt).
 */
enum NameAgreement {
    EXACT, VARIANT, SOUNDS_LIKE, TYPO, INITIAL, NONE;

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final DaitchMokotoffSoundex DAITCH_MOKOTOFF = new DaitchMokotoffSoundex();

    static {
        DOUBLE_METAPHONE.setMaxCodeLen(6);
    }

    /** Agreement of two folded name parts; variants (nicknames) are consulted only when given. */
    static NameAgreement of(String query, String record, NameVariants variants) {
        if (query.isEmpty() || record.isEmpty()) {
            return NONE;
        }
        if (query.equals(record)) {
            return EXACT;
        }
        if (query.length() == 1) {
            return record.charAt(0) == query.charAt(0) ? INITIAL : NONE;
        }
        if (variants != null && variants.relation(query, record) != null) {
            return VARIANT;
        }
        if (soundAlike(query, record)) {
            return SOUNDS_LIKE;
        }
        if (EditDistance.between(query, record, EditDistance.allowedFor(record)) <= EditDistance.allowedFor(record)) {
            return TYPO;
        }
        return NONE;
    }

    static boolean soundAlike(String a, String b) {
        if (DOUBLE_METAPHONE.isDoubleMetaphoneEqual(a, b) || DOUBLE_METAPHONE.isDoubleMetaphoneEqual(a, b, true)
                || DOUBLE_METAPHONE.doubleMetaphone(a).equals(DOUBLE_METAPHONE.doubleMetaphone(b, true))
                || DOUBLE_METAPHONE.doubleMetaphone(a, true).equals(DOUBLE_METAPHONE.doubleMetaphone(b))) {
            return true;
        }
        // Daitch–Mokotoff gives several codes for ambiguous spellings; any shared code is a sound-alike.
        java.util.Set<String> codesA = java.util.Set.of(DAITCH_MOKOTOFF.soundex(a).split("\\|"));
        for (String code : DAITCH_MOKOTOFF.soundex(b).split("\\|")) {
            if (codesA.contains(code)) {
                return true;
            }
        }
        return false;
    }
}

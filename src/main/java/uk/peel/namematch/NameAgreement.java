package uk.peel.namematch;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How well one name part from a query agrees with one from a record, strongest first. Sound-alike uses Double
 * Metaphone (English and many European spellings: Smyth/Smith, Mohamed/Muhammad) and Daitch–Mokotoff (Slavic and
 * Germanic spellings: Kowalski/Kovalsky, Schmidt/Schmitt). Similar catches what neither sounds alike nor lies within
 * a couple of edits but shares most letters in order, mostly a shared stem: Clarke/Clarkson, David/Davidson.
 */
enum NameAgreement {
    EXACT(0.558, 7.8, 7.5),
    VARIANT(0.558, 7.8, 5.0),
    SPELT_AND_SOUNDS_ALIKE(0.114, 7.8, 6.6),
    TYPO(0.107, 7.6, 6.5),
    SOUNDS_LIKE(0.025, 4.3, 2.5),
    SIMILAR(0.025, 6.5, 3.3),
    INITIAL(0.9, 3.5, 3.5),
    NONE(0.186, -2.4, -2.1);

    /**
     * Fellegi–Sunter weights, log2(m/u) in bits, where m is how often records of the same person agree at this
     * level and u how often records of different people do. Estimated by {@code ./peel bench search-quality} on
     * FEBRL dataset 3 (6,538 labelled duplicate pairs for m; 300,000 random pairs of different people for u), never
     * on dataset 4, which the benchmark tests on. FEBRL corrupts names by keying slips, not into nicknames, initials
     * or other spellings of the same sound, so for those three only u is measured and m is set from first
     * principles: an initial is all a one-letter name can agree on (m near 0.9) and about one person in fourteen
     * shares a first letter (3.5 bits); a nickname, or a spelling that only sounds the same (Mohamed, Muhammad), is
     * taken to be recorded for one true pair in twenty or forty, against the 0.12% (nickname), 0.13% (sound-alike
     * surname) and 0.45% (sound-alike forename) of random pairs that agree so. A surname sharing a stem (Clarkson,
     * Clarke) is a real variant FEBRL hardly makes, so it gets the sound-alike's prior against its measured u of
     * 0.03%; a forename spelt much like another keeps its measured weight, its real variants being in the lists.
     */
    final double surnameWeight;
    final double forenameWeight;
    /** The share of true pairs whose surnames agree at this level: the m of a frequency-adjusted surname weight. */
    final double surnameM;

    NameAgreement(double surnameM, double surnameWeight, double forenameWeight) {
        this.surnameM = surnameM;
        this.surnameWeight = surnameWeight;
        this.forenameWeight = forenameWeight;
    }

    /**
     * Jaro–Winkler similarity at which two names count as similar: the lower of the two name thresholds in Splink's
     * standard name comparison (0.92 and 0.88), chosen there from linkage practice rather than fitted here.
     */
    static final double SIMILAR_AT = 0.88;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Agreement of two folded name parts; variants (nicknames) are consulted only when given. */
    static NameAgreement of(String query, String record, NameVariants variants) {
        return of(Spelling.of(query), Spelling.of(record), variants);
    }

    static NameAgreement of(Spelling query, Spelling record, NameVariants variants) {
        String q = query.folded();
        String r = record.folded();
        if (q.isEmpty() || r.isEmpty()) {
            return NONE;
        }
        if (q.equals(r)) {
            return EXACT;
        }
        if (q.length() == 1 || r.length() == 1) {
            return r.charAt(0) == q.charAt(0) ? INITIAL : NONE;
        }
        if (variants != null && variants.relation(q, r) != null) {
            return VARIANT;
        }
        // The shorter name sets the allowance: two slips in a five-letter name is another name (Blake, Clarke).
        int allowed = EditDistance.allowedFor(q.length() < r.length() ? q : r);
        boolean spelt = EditDistance.between(q, r, allowed) <= allowed;
        if (query.soundsLike(record)) {
            return spelt ? SPELT_AND_SOUNDS_ALIKE : SOUNDS_LIKE;
        }
        if (spelt) {
            return TYPO;
        }
        if (similarity(q, r) >= SIMILAR_AT) {
            return SIMILAR;
        }
        return NONE;
    }

    static double similarity(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }
}

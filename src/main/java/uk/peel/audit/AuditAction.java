package uk.peel.audit;

/** The kinds of processing that DPA 2018 s.62(1) requires to be logged. */
public enum AuditAction {
    /** Personal data recorded for the first time. */
    COLLECTION,
    /** A record corrected or added to. */
    ALTERATION,
    /** A record viewed, listed or found by a search. */
    CONSULTATION,
    /** Personal data given to someone outside the force: exports, partner referrals, partner API reads. */
    DISCLOSURE,
    /** Records joined, such as two person records merged into one. */
    COMBINATION,
    /** Personal data removed under a retention decision. */
    ERASURE
}

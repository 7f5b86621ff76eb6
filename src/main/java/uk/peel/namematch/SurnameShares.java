package uk.peel.namematch;

/**
 * How common a surname, its sound, or a date of birth is among the people being searched: the u of an agreement on
 * it.
 */
interface SurnameShares {

    /** The share of people with this (folded) surname. */
    double of(String surname);

    /** The share of people whose surname sounds like this one (never less than {@link #of}). */
    double ofSound(String surname);

    /**
     * The share of people whose surname has this sound key: what two names that share only this key have in
     * common. Daitch–Mokotoff's coarse codes are shared by many names, so agreeing on one alone says little.
     */
    double ofKey(String soundKey);

    /**
     * The share of other people born on this full date. Without an index to count in, one day in about 80 years of
     * birthdays: the calendar's figure, behind the exact date's weight.
     */
    default double ofBirthDate(DateClue date) {
        return 1.0 / CALENDAR_DAYS;
    }

    /** Days in the roughly 80 years of birth dates a population spans. */
    int CALENDAR_DAYS = 29_220;

    /** The share of people sounding like both: the most specific sound key the two spellings share. */
    default double ofSharedSound(Spelling a, Spelling b) {
        double share = 1.0;
        for (String key : a.soundKeys()) {
            if (b.soundKeys().contains(key)) {
                share = Math.min(share, ofKey(key));
            }
        }
        return Math.max(share, Math.max(of(a.folded()), of(b.folded())));
    }
}

package uk.peel.namematch;

/**
 * How a date of birth from a query agrees with one on a record, compared at the precision both have. The kinds of
 * disagreement are the ones people make: day and month swapped, one digit wrong, a year or two out.
 *
 * <p>Weights are Fellegi–Sunter log2(m/u) in bits. Those between two full dates are estimated on FEBRL dataset 3
 * (see {@link NameAgreement}), never on dataset 4. FEBRL does not swap days and months, nor give partial dates, so
 * those levels follow from the calendar: a partial date agrees for nearly every true pair (m near 0.9) and for one
 * random pair in 80 years (year) or 960 months; a swapped day and month is as specific as an exact date (u about
 * 1 in 30,000) and is taken to happen for one true pair in two hundred.
 */
enum DateAgreement {
    EXACT(15.5, "date of birth matches"),
    SAME_MONTH(9.7, "date of birth: same month and year"),
    DAY_MONTH_SWAPPED(8.0, "date of birth: day and month swapped"),
    YEAR_MATCHES(6.2, "year of birth matches"),
    ONE_DIGIT(3.2, "date of birth: one digit different"),
    YEARS_OUT(2.7, "date of birth: same day and month, year %s out"),
    NEAR_YEAR(0.5, "date of birth: year %s out"),
    UNKNOWN(0.0, null),
    SAME_YEAR(-1.6, "date of birth differs, though in the same year"),
    DIFFERENT(-3.9, "date of birth differs");

    /** The share of FEBRL 3's pairs of one person whose full dates of birth agree exactly. */
    static final double EXACT_M = 0.865;

    final double weight;
    private final String explanation;

    DateAgreement(double weight, String explanation) {
        this.weight = weight;
        this.explanation = explanation;
    }

    String explain(DateClue query, DateClue record) {
        if (this == ONE_DIGIT && digitsSwapped(query, record)) {
            return "date of birth: two neighbouring digits swapped";
        }
        return explanation == null ? null : explanation.formatted(Math.abs(query.year() - record.year()));
    }

    static DateAgreement of(DateClue query, DateClue record) {
        if (query == null || record == null) {
            return UNKNOWN;
        }
        int yearsOut = Math.abs(query.year() - record.year());
        if (!query.hasMonth() || !record.hasMonth()) {
            return yearsOut == 0 ? YEAR_MATCHES : yearsOut <= 2 ? NEAR_YEAR : DIFFERENT;
        }
        if (!query.hasDay() || !record.hasDay()) {
            if (yearsOut == 0 && query.month().equals(record.month())) {
                return SAME_MONTH;
            }
            return yearsOut == 0 ? SAME_YEAR : yearsOut <= 2 ? NEAR_YEAR : DIFFERENT;
        }
        boolean sameDay = query.day().equals(record.day());
        boolean sameMonth = query.month().equals(record.month());
        if (sameDay && sameMonth && yearsOut == 0) {
            return EXACT;
        }
        if (yearsOut == 0 && query.day().equals(record.month()) && query.month().equals(record.day())) {
            return DAY_MONTH_SWAPPED;
        }
        if (oneDigitApart(query, record)) {
            return ONE_DIGIT;
        }
        if (sameDay && sameMonth && yearsOut <= 2) {
            return YEARS_OUT;
        }
        return yearsOut == 0 ? SAME_YEAR : DIFFERENT;
    }

    /**
     * The whole date written as DDMMYYYY is one keying slip from the other: one digit different (03/12/1985 against
     * 08/12/1985) or two neighbouring digits typed the wrong way round (1985 against 1958).
     */
    private static boolean oneDigitApart(DateClue a, DateClue b) {
        String x = "%02d%02d%04d".formatted(a.day(), a.month(), a.year());
        String y = "%02d%02d%04d".formatted(b.day(), b.month(), b.year());
        return EditDistance.between(x, y, 1) == 1;
    }

    private static boolean digitsSwapped(DateClue a, DateClue b) {
        String x = "%02d%02d%04d".formatted(a.day(), a.month(), a.year());
        String y = "%02d%02d%04d".formatted(b.day(), b.month(), b.year());
        int first = 0;
        while (first < x.length() && x.charAt(first) == y.charAt(first)) {
            first++;
        }
        return first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first);
    }
}

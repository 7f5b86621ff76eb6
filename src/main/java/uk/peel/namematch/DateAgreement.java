package uk.peel.namematch;

/**
 * How a date of birth from a query agrees with one on a record, compared at the precision both have. The kinds of
 * disagreement are the ones people make: day and month swapped, one digit wrong, a year or two out.
 */
enum DateAgreement {
    EXACT(9.0, "date of birth matches"),
    SAME_MONTH(5.0, "date of birth: same month and year"),
    DAY_MONTH_SWAPPED(5.5, "date of birth: day and month swapped"),
    ONE_DIGIT(4.5, "date of birth: one digit different"),
    YEARS_OUT(3.0, "date of birth: same day and month, year %s out"),
    SAME_YEAR(3.0, "date of birth: same year"),
    NEAR_YEAR(1.0, "date of birth: year %s out"),
    UNKNOWN(0.0, null),
    DIFFERENT(-5.0, "date of birth differs");

    final double weight;
    private final String explanation;

    DateAgreement(double weight, String explanation) {
        this.weight = weight;
        this.explanation = explanation;
    }

    String explain(DateClue query, DateClue record) {
        return explanation == null ? null : explanation.formatted(Math.abs(query.year() - record.year()));
    }

    static DateAgreement of(DateClue query, DateClue record) {
        if (query == null || record == null) {
            return UNKNOWN;
        }
        int yearsOut = Math.abs(query.year() - record.year());
        if (!query.hasMonth() || !record.hasMonth()) {
            return yearsOut == 0 ? SAME_YEAR : yearsOut <= 2 ? NEAR_YEAR : DIFFERENT;
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

    /** The whole date written as DDMMYYYY differs in exactly one digit (03/12/1985 against 08/12/1985). */
    private static boolean oneDigitApart(DateClue a, DateClue b) {
        String x = "%02d%02d%04d".formatted(a.day(), a.month(), a.year());
        String y = "%02d%02d%04d".formatted(b.day(), b.month(), b.year());
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }
}

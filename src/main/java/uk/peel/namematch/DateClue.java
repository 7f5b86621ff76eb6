package uk.peel.namematch;

/**
 * A date of birth as given in a search: a year, possibly a month, possibly a day, exactly as typed (read the UK
 * way, day before month). Not validated as a calendar date: "31/02/1985" is still evidence of a 1985 birth in
 * February or March, and a day and month typed the American way are for the matcher to consider, not to refuse.
 */
public record DateClue(Integer day, Integer month, int year) {

    public DateClue {
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    public static DateClue year(int year) {
        return new DateClue(null, null, year);
    }

    public boolean hasDay() {
        return day != null;
    }

    public boolean hasMonth() {
        return month != null;
    }

    @Override
    public String toString() {
        return month == null ? Integer.toString(year)
                : day == null ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
    }
}

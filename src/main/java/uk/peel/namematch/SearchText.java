package uk.peel.namematch;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an officer types in the one search box: names in either order, and a date of birth in the forms people
 * actually write — "12/03/1985", "3/12/85", "1985-12-03", "b.1985", "born 1985", "12/1985" or a bare year.
 * "SMITH, Robert" (a comma after the first word) says the surname comes first, as police indexes write it.
 */
public final class SearchText {

    /**
     * What the text says, split into names and a date-of-birth clue.
     *
     * @param names  every name part to search for (for a stated name: the forenames, then the surname)
     * @param stated the name as the advanced form's fields state it, when they do: then which part is the surname
     *               is known, and the scorer does not also try the words the other way round
     */
    public record Query(List<String> names, boolean surnameFirst, Optional<DateClue> dateOfBirth, Optional<StatedName> stated) {
        public Query {
            names = List.copyOf(names);
        }

        /** Names in either order, as typed in the one search box. */
        public Query(List<String> names, boolean surnameFirst, Optional<DateClue> dateOfBirth) {
            this(names, surnameFirst, dateOfBirth, Optional.empty());
        }

        /** The forenames and surname said separately (either may be null or blank), and a date of birth if known. */
        public static Query of(String forenames, String surname, DateClue dateOfBirth) {
            StatedName name = new StatedName(blankToNull(forenames), blankToNull(surname));
            List<String> names = new ArrayList<>(2);
            if (name.forenames() != null) {
                names.add(name.forenames());
            }
            if (name.surname() != null) {
                names.add(name.surname());
            }
            return new Query(names, false, Optional.ofNullable(dateOfBirth),
                    names.isEmpty() ? Optional.empty() : Optional.of(name));
        }

        /** True when there is nothing to match on: no name and no date of birth (filters alone may still apply). */
        public boolean isEmpty() {
            return names.stream().allMatch(name -> NameTokens.tokens(name).isEmpty()) && dateOfBirth.isEmpty();
        }
    }

    /** A name whose parts were said separately: forenames (null when not given) and surname (null when not given). */
    public record StatedName(String forenames, String surname) {
    }

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern MARKED_YEAR = Pattern.compile("(?i)(?<![\\p{L}])(?:b\\.?|born|dob:?)\\s*((?:18|19|20)\\d{2})(?!\\d)");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:18|19|20)\\d{2})(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*");

    private final int currentYear;

    public SearchText(int currentYear) {
        this.currentYear = currentYear;
    }

    public static SearchText now() {
        return new SearchText(Year.now().getValue());
    }

    public Query read(String text) {
        String rest = text == null ? "" : text.strip();
        DateClue date = null;

        Matcher m;
        if ((m = ISO.matcher(rest)).find()) {
            date = new DateClue(Integer.valueOf(m.group(3)), Integer.valueOf(m.group(2)), Integer.parseInt(m.group(1)));
        } else if ((m = DAY_MONTH_YEAR.matcher(rest)).find()) {
            date = new DateClue(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), year(m.group(3)));
        } else if ((m = MONTH_YEAR.matcher(rest)).find()) {
            date = new DateClue(null, Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = MARKED_YEAR.matcher(rest)).find() || (m = BARE_YEAR.matcher(rest)).find()) {
            date = DateClue.year(Integer.parseInt(m.group(1)));
        }
        if (date != null) {
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }

        List<String> names = new ArrayList<>();
        boolean surnameFirst = false;
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            names.add(word.group());
            if (names.size() == 1 && rest.substring(word.end()).stripLeading().startsWith(",")) {
                surnameFirst = true;
            }
        }
        return new Query(names, surnameFirst, Optional.ofNullable(date));
    }

    /**
     * The one search box and the advanced form's fields together. Each field states its part and wins over the
     * text for it: the text's date of birth is used only when no date field is given, and its name words only
     * for a name part the fields leave out (the surname when only a forename is stated, the forenames when only a
     * surname is). When both forename and surname are stated, names in the text are not used: the officer has
     * already said who they are looking for.
     */
    public Query read(String text, String forenames, String surname, DateClue dateOfBirth) {
        Query typed = read(text);
        DateClue date = dateOfBirth != null ? dateOfBirth : typed.dateOfBirth().orElse(null);
        boolean forenameStated = blankToNull(forenames) != null;
        boolean surnameStated = blankToNull(surname) != null;
        if (!forenameStated && !surnameStated) {
            return new Query(typed.names(), typed.surnameFirst(), Optional.ofNullable(date));
        }
        String rest = typed.names().isEmpty() ? null : String.join(" ", typed.names());
        return Query.of(forenameStated ? forenames : rest, surnameStated ? surname : rest, date);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Two-digit years are read as the most recent such year not in the future: "85" is 1985, "03" is 2003. */
    private int year(String digits) {
        if (digits.length() == 4) {
            return Integer.parseInt(digits);
        }
        int yy = Integer.parseInt(digits);
        int century = currentYear / 100 * 100;
        return century + yy <= currentYear ? century + yy : century - 100 + yy;
    }
}

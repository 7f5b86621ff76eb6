package uk.peel.bench;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The ways a second record of someone, or an officer's search for them, differs from the truth. Each slip says
 * whether it could be made: a day and month cannot be swapped when the day is over 12, a nickname needs a forename
 * that has one. Weights are the relative frequency among duplicates; nobody has published a census of police
 * duplicates, so they are a plausible mix rather than a measured one, stated here so that results can be read
 * against them.
 */
enum Slip {
    SURNAME_TYPO(14, true),
    FORENAME_TYPO(12, true),
    NICKNAME(12, true),
    FORENAME_VARIANT(5, true),
    SURNAME_VARIANT(4, true),
    MIDDLE_NAME_LEFT_OUT(6, false),
    INITIAL_ONLY(2, false),
    NAMES_SWAPPED(3, false),
    MAIDEN_NAME(4, true),
    DAY_MONTH_SWAPPED(8, true),
    DATE_DIGIT_WRONG(6, true),
    YEAR_OUT(4, true),
    YEAR_OF_BIRTH_ONLY(4, true),
    NO_DATE_OF_BIRTH(8, true),
    MOVED(4, false),
    NO_ADDRESS(4, false);

    final int weight;
    /** Whether an officer typing a search makes this slip too (addresses are not searched). */
    final boolean inQueries;

    Slip(int weight, boolean inQueries) {
        this.weight = weight;
        this.inQueries = inQueries;
    }

    /** Makes the slip on {@code draft}; false, leaving it unchanged, when this slip cannot be made on it. */
    boolean apply(RecordDraft draft, NameLists names, SplittableRandom random) {
        switch (this) {
            case SURNAME_TYPO -> {
                String before = draft.surname;
                draft.surname = Typos.typo(before, random);
                return !draft.surname.equals(before);
            }
            case FORENAME_TYPO -> {
                String before = draft.forename;
                draft.forename = Typos.typo(before, random);
                return !draft.forename.equals(before);
            }
            case NICKNAME -> {
                return replaced(draft, names.nicknames(draft.forename), random);
            }
            case FORENAME_VARIANT -> {
                return replaced(draft, names.forenameVariants(draft.forename), random);
            }
            case SURNAME_VARIANT -> {
                String[] variants = names.surnameVariants(draft.surname);
                if (variants.length == 0) {
                    return false;
                }
                draft.surname = variants[random.nextInt(variants.length)];
                return true;
            }
            case MIDDLE_NAME_LEFT_OUT -> {
                if (draft.middle == null) {
                    return false;
                }
                draft.middle = null;
                return true;
            }
            case INITIAL_ONLY -> {
                draft.forename = draft.forename.substring(0, 1);
                draft.middle = null;
                return true;
            }
            case NAMES_SWAPPED -> {
                String forename = draft.forename;
                draft.forename = draft.surname;
                draft.surname = forename;
                draft.middle = null;
                return true;
            }
            case MAIDEN_NAME -> {
                if (draft.person.birthSurname() == null || draft.surname.equals(draft.person.birthSurname())) {
                    return false;
                }
                draft.surname = draft.person.birthSurname();
                draft.aliases.removeIf(alias -> alias.type().equals("MAIDEN"));
                return true;
            }
            case DAY_MONTH_SWAPPED -> {
                if (!draft.hasFullDate() || draft.day > 12 || draft.day == draft.month) {
                    return false;
                }
                int day = draft.day;
                draft.day = draft.month;
                draft.month = day;
                return true;
            }
            case DATE_DIGIT_WRONG -> {
                return draft.hasFullDate() && oneDigitWrong(draft, random);
            }
            case YEAR_OUT -> {
                if (draft.year == 0) {
                    return false;
                }
                int year = draft.year + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(2));
                if (!plausible(year, draft.month, draft.day)) {
                    return false;
                }
                draft.year = year;
                return true;
            }
            case YEAR_OF_BIRTH_ONLY -> {
                if (draft.year == 0 || draft.month == 0) {
                    return false;
                }
                draft.month = 0;
                draft.day = 0;
                return true;
            }
            case NO_DATE_OF_BIRTH -> {
                if (draft.year == 0) {
                    return false;
                }
                draft.year = 0;
                draft.month = 0;
                draft.day = 0;
                return true;
            }
            case MOVED -> {
                draft.addresses.removeIf(place -> place.type().equals("HOME"));
                draft.addresses.add(Addresses.home(names, random, draft.person.born()));
                return true;
            }
            case NO_ADDRESS -> {
                if (draft.addresses.isEmpty()) {
                    return false;
                }
                draft.addresses.clear();
                return true;
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private static boolean replaced(RecordDraft draft, String[] choices, SplittableRandom random) {
        if (choices.length == 0) {
            return false;
        }
        draft.forename = choices[random.nextInt(choices.length)];
        return true;
    }

    /** One digit of DDMMYYYY changed so that it is still a plausible date of birth, as a mistyped date is. */
    private static boolean oneDigitWrong(RecordDraft draft, SplittableRandom random) {
        char[] digits = "%02d%02d%04d".formatted(draft.day, draft.month, draft.year).toCharArray();
        for (int attempt = 0; attempt < 12; attempt++) {
            int at = random.nextInt(digits.length);
            char[] changed = digits.clone();
            changed[at] = (char) ('0' + (changed[at] - '0' + 1 + random.nextInt(9)) % 10);
            String text = new String(changed);
            int day = Integer.parseInt(text.substring(0, 2));
            int month = Integer.parseInt(text.substring(2, 4));
            int year = Integer.parseInt(text.substring(4));
            if (plausible(year, month, day)) {
                draft.day = day;
                draft.month = month;
                draft.year = year;
                return true;
            }
        }
        return false;
    }

    /** A date the import takes as a date of birth: a real day (or part of one), from 1890, not in the future. */
    static boolean plausible(int year, int month, int day) {
        if (year < 1890 || month < 0 || month > 12) {
            return false;
        }
        try {
            LocalDate earliest = LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
            return !earliest.isAfter(SyntheticPopulation.REFERENCE);
        } catch (DateTimeException notADay) {
            return false;
        }
    }
}

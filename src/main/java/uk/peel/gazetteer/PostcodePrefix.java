package uk.peel.gazetteer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The start of a postcode as a call handler types it. A typed space says where the outward code ends ("M1 5"
 * means district M1, not M15), so it is kept; without one, the letters and digits so far are matched ignoring
 * the space ("M154" finds M15 4AB).
 *
 * @param text what to match: with its one space when {@code spaced}, else compact
 */
record PostcodePrefix(String text, boolean spaced) {

    private static final Pattern SPACED = Pattern.compile(Postcode.OUTWARD + " [0-9]?|" + Postcode.OUTWARD + " [0-9][A-Z]{1,2}");
    private static final Pattern COMPACT = Pattern.compile("[A-Z][A-Z0-9]{0,6}");

    static PostcodePrefix parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new MalformedPostcodeException("Type the start of a postcode, such as M15 4");
        }
        String written = typed.stripLeading().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        // A trailing space matters only straight after an outward code: "M1 " is district M1 and nothing longer.
        if (written.endsWith(" ") && !written.strip().matches(Postcode.OUTWARD)) {
            written = written.strip();
        }
        if (written.contains(" ")) {
            if (!SPACED.matcher(written).matches()) {
                throw new MalformedPostcodeException("'" + typed.strip() + "' is not the start of a UK postcode: before "
                        + "the space comes the outward code (such as M15), after it a digit and up to two letters");
            }
            return new PostcodePrefix(written, true);
        }
        if (!COMPACT.matcher(written).matches()) {
            throw new MalformedPostcodeException("'" + typed.strip() + "' is not the start of a UK postcode: it starts "
                    + "with a letter and has at most 7 letters and digits, such as M154AB");
        }
        return new PostcodePrefix(written, false);
    }

    /** The LIKE pattern; the text holds only letters, digits and one space, so nothing needs escaping. */
    String pattern() {
        return text + "%";
    }
}

package uk.peel.gazetteer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its canonical form: capitals, one space before the inward code ("M15 4AB"). The outward code
 * (area and district, "M15") says roughly where; the inward code (sector digit and unit, "4AB") narrows it to a
 * street or part of one.
 *
 * <p>The shape is checked, not the letters allowed in each position: the ONS Postcode Directory is the authority on
 * which postcodes exist, and a stricter rule here would only refuse real ones it lists (and "GIR 0AA").
 */
public record Postcode(String value) implements Comparable<Postcode> {

    static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    /** The canonical form as a regular expression, for validating a field that must hold one. */
    public static final String CANONICAL = "GIR 0AA|" + OUTWARD + " [0-9][A-Z]{2}";
    private static final Pattern COMPACT = Pattern.compile("(" + OUTWARD + ")([0-9][A-Z]{2})|GIR0AA");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Postcode {
        if (value == null || !value.equals(canonical(value))) {
            throw new MalformedPostcodeException("'" + value + "' is not a postcode in canonical form; use Postcode.parse");
        }
    }

    /** Reads a postcode however it was typed ("m154ab", " M15  4ab "), or says why it is not one. */
    public static Postcode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedPostcodeException("Enter a postcode, such as M15 4AB");
        }
        String canonical = canonical(text);
        if (canonical == null) {
            throw new MalformedPostcodeException(explain(text.strip()));
        }
        return new Postcode(canonical);
    }

    /**
     * A typed postcode in canonical form when it is one ("m154ab" → "M15 4AB"); otherwise as typed, trimmed and in
     * capitals, so that a check can refuse it in the words the user wrote rather than a mangled version of them.
     */
    public static String normalised(String text) {
        String canonical = canonical(text);
        return canonical != null ? canonical : text.strip().toUpperCase(Locale.ROOT);
    }

    /** The outward code: postcode area and district, such as "M15". */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    /** The inward code: sector digit and unit, such as "4AB". */
    public String inward() {
        return value.substring(value.indexOf(' ') + 1);
    }

    @Override
    public int compareTo(Postcode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String canonical(String text) {
        String compact = compact(text);
        if (!COMPACT.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String explain(String typed) {
        String compact = compact(typed);
        String start = "'" + typed + "' is not a UK postcode: ";
        if (!compact.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return start + "a postcode has only letters and digits, such as M15 4AB";
        }
        if (compact.length() < 5) {
            return start + "it is too short; a full postcode has 5 to 7 letters and digits, such as M15 4AB";
        }
        if (compact.length() > 7) {
            return start + "it is too long; a full postcode has 5 to 7 letters and digits, such as M15 4AB";
        }
        if (!compact.substring(compact.length() - 3).matches("[0-9][A-Z]{2}")) {
            return start + "it should end in a digit and two letters, such as the 4AB of M15 4AB";
        }
        return start + "it should start with one or two letters and then a digit, such as the M15 of M15 4AB";
    }
}

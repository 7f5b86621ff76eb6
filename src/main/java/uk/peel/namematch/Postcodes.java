package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes as filter keys. A postcode "M16 0RA" is in sector "M16 0" and district (outward code) "M16"; an
 * address is indexed under all three, so a filter on any of them is one exact term. Case and spacing are ignored.
 */
final class Postcodes {

    private static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern FULL = Pattern.compile("(" + OUTWARD + ")([0-9])([A-Z]{2})");
    private static final Pattern DISTRICT = Pattern.compile(OUTWARD);
    private static final Pattern SECTOR = Pattern.compile("(" + OUTWARD + ")([0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Postcodes() {
    }

    /** The keys an address's postcode is indexed under: full, sector and district when it parses, else as written. */
    static List<String> keys(String postcode) {
        String compact = compact(postcode);
        List<String> keys = new ArrayList<>(3);
        Matcher full = FULL.matcher(compact);
        if (full.matches()) {
            keys.add("f:" + compact);
            keys.add("s:" + full.group(1) + full.group(2));
            keys.add("d:" + full.group(1));
        } else if (!compact.isEmpty()) {
            keys.add(filterKey(postcode));
        }
        return keys;
    }

    /**
     * The one key a filter looks for. Where a space was typed it says where the outward code ends ("M1 6" is a
     * sector of M1); without one, a string that is a whole outward code is taken as the district ("M16"), one digit
     * more as a sector ("M160").
     */
    static String filterKey(String postcode) {
        String written = postcode.strip().toUpperCase(Locale.ROOT);
        String compact = compact(written);
        String[] parts = SPACES.split(written);
        if (FULL.matcher(compact).matches()) {
            return "f:" + compact;
        }
        if (parts.length == 2 && DISTRICT.matcher(parts[0]).matches() && parts[1].matches("[0-9]")) {
            return "s:" + compact;
        }
        if (DISTRICT.matcher(compact).matches()) {
            return "d:" + compact;
        }
        if (SECTOR.matcher(compact).matches()) {
            return "s:" + compact;
        }
        return "f:" + compact;
    }

    /** "m16 0ra" → "M160RA". */
    static String compact(String postcode) {
        return postcode == null ? "" : SPACES.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    }
}

package uk.peel.namematch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as comparable tokens. "Müller" and "MULLER" are the same token; "Smith-Jones" is two tokens, so a search for
 * Jones finds her; "van der Berg" keeps "berg" as its distinctive part, because people and clerks drop or split
 * particles inconsistently ("Vanderberg", "Van Der Berg", "Berg").
 */
public final class NameTokens {

    /**
     * Particles that join a surname in many traditions. Dropped as separate tokens: they carry little evidence and
     * are recorded inconsistently. The joined form is kept as well (see {@link #surnameForms}).
     */
    static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "das", "du", "del", "della", "der",
            "den", "van", "von", "ver", "ten", "ter", "la", "le", "lo", "al", "el", "bin", "ben", "ibn", "bint",
            "abu", "ap", "st", "saint", "mc", "mac");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_/.,]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");

    private NameTokens() {
    }

    /** Lower case, diacritics and apostrophes removed: "O’Brién" becomes "obrien". */
    public static String fold(String name) {
        if (onlyAsciiLetters(name)) {
            // Most names, and every token already folded: the scorer folds each candidate's names on every search,
            // and the normaliser and patterns below were a tenth of a search's time at a million people.
            return name.toLowerCase(Locale.ROOT);
        }
        return foldAnyScript(name);
    }

    private static boolean onlyAsciiLetters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #fold} does for any name: package-visible so a test can hold the quick path to it. */
    static String foldAnyScript(String name) {
        // Marks are removed first, so that letters such as "ǽ" become "æ" before "æ" becomes "ae".
        String unmarked = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        String spelled = unmarked.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        return NOT_LETTERS.matcher(spelled).replaceAll("");
    }

    /** Every name part of a name field, folded, with particles dropped: "Ana de la Cruz-López" → [ana, cruz, lopez]. */
    public static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        for (String part : SEPARATORS.split(name.strip())) {
            String folded = fold(part);
            if (!folded.isEmpty() && !PARTICLES.contains(folded)) {
                tokens.add(folded);
            }
        }
        return tokens;
    }

    /**
     * Every part of a forenames field, folded, particles kept: as a forename "Ben" or "Abu" is the name itself, not
     * a particle before a surname.
     */
    public static List<String> forenameTokens(String forenames) {
        List<String> tokens = new ArrayList<>();
        if (forenames == null) {
            return tokens;
        }
        for (String part : SEPARATORS.split(forenames.strip())) {
            String folded = fold(part);
            if (!folded.isEmpty()) {
                tokens.add(folded);
            }
        }
        return tokens;
    }

    static boolean isParticle(String folded) {
        return PARTICLES.contains(folded);
    }

    /**
     * The forms under which a surname should be found: each distinctive part, and the whole name run together with
     * its particles, so "Van der Berg", "Vanderberg" and "Berg" can find each other.
     */
    public static List<String> surnameForms(String surname) {
        List<String> forms = new ArrayList<>(tokens(surname));
        if (surname != null) {
            String joined = fold(surname);
            if (!joined.isEmpty() && !forms.contains(joined)) {
                forms.add(joined);
            }
        }
        return forms;
    }
}

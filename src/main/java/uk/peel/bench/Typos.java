package uk.peel.bench;

import java.util.SplittableRandom;

/**
 * The slips people make typing or hearing a name: a neighbouring key, a letter dropped, doubled or swapped with the
 * next, or a spelling that sounds the same (ph/f, ck/k). The first letter is left alone: people rarely get it
 * wrong, and legacy systems that key on it would make the duplicate unfindable for reasons unrelated to typing.
 */
final class Typos {

    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[][] SOUNDS_SAME = {{"ph", "f"}, {"ck", "k"}, {"ie", "y"}, {"ey", "y"}, {"ou", "ow"},
            {"ai", "ay"}, {"ee", "ea"}, {"th", "t"}, {"ll", "l"}, {"nn", "n"}, {"tt", "t"}, {"ss", "s"}, {"c", "k"},
            {"s", "z"}, {"i", "y"}, {"er", "ar"}, {"or", "er"}};

    private Typos() {
    }

    /** {@code name} (lower case, at least two letters) with one slip; a name too short to change comes back as it is. */
    static String typo(String name, SplittableRandom random) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String changed = once(name, random);
            if (!changed.equals(name) && NameLists.name(changed) != null) {
                return changed;
            }
        }
        return name;
    }

    private static String once(String name, SplittableRandom random) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 1);
        char c = name.charAt(at);
        if (!Character.isLetter(c)) {
            return name;
        }
        int kind = random.nextInt(100);
        if (kind < 30) {
            return name.substring(0, at) + neighbour(c, random) + name.substring(at + 1);
        }
        if (kind < 50) {
            return name.length() > 3 ? name.substring(0, at) + name.substring(at + 1) : name;
        }
        if (kind < 62) {
            char inserted = random.nextBoolean() ? c : neighbour(c, random);
            return name.substring(0, at) + inserted + name.substring(at);
        }
        if (kind < 85) {
            if (at + 1 >= name.length() || !Character.isLetter(name.charAt(at + 1))) {
                return name;
            }
            return name.substring(0, at) + name.charAt(at + 1) + c + name.substring(at + 2);
        }
        return soundsSame(name, random);
    }

    private static char neighbour(char c, SplittableRandom random) {
        for (String row : KEY_ROWS) {
            int i = row.indexOf(c);
            if (i >= 0) {
                if (i == 0) {
                    return row.charAt(1);
                }
                if (i == row.length() - 1) {
                    return row.charAt(i - 1);
                }
                return row.charAt(random.nextBoolean() ? i - 1 : i + 1);
            }
        }
        return (char) ('a' + random.nextInt(26));
    }

    private static String soundsSame(String name, SplittableRandom random) {
        int start = random.nextInt(SOUNDS_SAME.length);
        for (int k = 0; k < SOUNDS_SAME.length; k++) {
            String[] pair = SOUNDS_SAME[(start + k) % SOUNDS_SAME.length];
            boolean forward = random.nextBoolean();
            String from = forward ? pair[0] : pair[1];
            String to = forward ? pair[1] : pair[0];
            int i = name.indexOf(from, 1);
            if (i > 0) {
                return name.substring(0, i) + to + name.substring(i + from.length());
            }
        }
        return name;
    }
}

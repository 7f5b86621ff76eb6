package uk.peel.support;

import java.util.concurrent.ThreadLocalRandom;

/** Names for tests that share one database: searches must find only the test's own people. */
public final class TestNames {

    private TestNames() {
    }

    /**
     * A surname no other test uses: the stem and seven random letters, so that even a one-letter slip of it stays
     * unique among the people other tests have recorded.
     */
    public static String uniqueSurname(String stem) {
        StringBuilder name = new StringBuilder(stem);
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}

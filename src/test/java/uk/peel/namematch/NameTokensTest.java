package uk.peel.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTokensTest {

    @ParameterizedTest
    @CsvSource({"Müller, muller", "MULLER, muller", "O'Brien, obrien", "O’Brién, obrien", "Łukasz, lukasz",
            "Søren, soren", "Straße, strasse", "Nguyễn, nguyen", "Zoë, zoe", "Ægir, aegir"})
    void foldsCaseDiacriticsAndApostrophes(String written, String folded) {
        assertThat(NameTokens.fold(written)).isEqualTo(folded);
    }

    @Test
    void splitsMultiPartSurnamesAndDropsParticles() {
        assertThat(NameTokens.tokens("Smith-Jones")).containsExactly("smith", "jones");
        assertThat(NameTokens.tokens("Ana de la Cruz-López")).containsExactly("ana", "cruz", "lopez");
        assertThat(NameTokens.tokens("van der Berg")).containsExactly("berg");
        assertThat(NameTokens.tokens("al-Hassan")).containsExactly("hassan");
        assertThat(NameTokens.tokens("  ")).isEmpty();
        assertThat(NameTokens.tokens(null)).isEmpty();
    }

    @Test
    void keepsTheJoinedSurnameSoSpellingsWithAndWithoutSpacesMeet() {
        assertThat(NameTokens.surnameForms("Van der Berg")).containsExactly("berg", "vanderberg");
        assertThat(NameTokens.surnameForms("Vanderberg")).containsExactly("vanderberg");
        assertThat(NameTokens.surnameForms("Smith")).containsExactly("smith");
    }

    @Test
    void anyTextGivesOnlyLowerCaseLetterTokens() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(30); c > 0; c--) {
                text.appendCodePoint(random.nextInt(3) == 0 ? ' ' + random.nextInt(64) : 0x41 + random.nextInt(0x2FF));
            }
            List<String> tokens = NameTokens.tokens(text.toString());
            assertThat(tokens).allSatisfy(token -> assertThat(token).isNotEmpty().isEqualTo(NameTokens.fold(token)));
        }
    }

    @Test
    void theQuickPathForPlainLettersFoldsExactlyAsTheFullOneDoes() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'- éÉöÖßæŁ’\u0131İ";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder name = new StringBuilder();
            // Mostly plain letters (the quick path), now and then a character that needs the full one.
            for (int c = 1 + random.nextInt(14); c > 0; c--) {
                name.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 52)));
            }
            assertThat(NameTokens.fold(name.toString())).as(name.toString())
                    .isEqualTo(NameTokens.foldAnyScript(name.toString()));
        }
        assertThat(NameTokens.fold("SMITH")).isEqualTo("smith");
        assertThat(NameTokens.fold("İbrahim")).isEqualTo(NameTokens.foldAnyScript("İbrahim"));
    }
}
